const MAX_LENGTH = 20_000;
// "On Tue, 3 Mar 2026 Ana wrote:", "Le 3 mars 2026, Ana a écrit :", "-----Original Message-----" …
const QUOTE_HEADER =
  /^(on .+ wrote:|le .+ a écrit ?:|el .+ escribió:|em .+ escreveu:|-{2,}\s*original message\s*-{2,}|-{2,}\s*message d'origine\s*-{2,})\s*$/im;

/** The new text of a reply: what precedes the quoted earlier mail, trimmed to what a request holds. */
export function replyText(text: string): string {
  const lines = text.split('\n');
  const header = lines.findIndex((line) => QUOTE_HEADER.test(line.trim()));
  const kept = (header >= 0 ? lines.slice(0, header) : lines).filter((line) => !line.startsWith('>'));
  const result = kept.join('\n').trim();
  return clip(result || text.trim());
}

/** A body as a request description or comment: at most 20,000 characters. */
export function clip(text: string): string {
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
