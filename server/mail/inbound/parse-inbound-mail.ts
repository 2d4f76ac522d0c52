import { createHash } from 'node:crypto';
import { type AddressObject, simpleParser } from 'mailparser';

export type InboundAttachment = { fileName: string; contentType: string; bytes: Buffer };

/** A received message, reduced to what intake needs; whatever could not be read is in `problems`. */
export type InboundMail = {
  /** `<id@host>` as sent, or null when the message has none. */
  messageId: string | null;
  /** The Message-ID, or `sha256:<hex>` of the raw source: the key that makes intake exactly once. */
  messageKey: string;
  inReplyTo: string[];
  references: string[];
  subject: string;
  from: { address: string; name: string } | null;
  /** Every address it was sent to (To, Cc, Delivered-To, X-Original-To), lower case. */
  recipients: string[];
  text: string;
  /** Lower-case header name → its raw values, unfolded. */
  headers: Map<string, string[]>;
  contentType: string;
  attachments: InboundAttachment[];
  /** The raw source as text, for bounce reports that quote the message they bounce. */
  rawText: string;
  problems: string[];
};

const MESSAGE_ID_PATTERN = /<[^<>\s]+>/g;
const messageIds = (value: string | undefined) => (value ? (value.match(MESSAGE_ID_PATTERN) ?? []) : []);

function addresses(value: AddressObject | AddressObject[] | undefined): { address: string; name: string }[] {
  const objects = Array.isArray(value) ? value : value ? [value] : [];
  return objects.flatMap((object) =>
    object.value.flatMap((entry) => [
      ...(entry.address ? [{ address: entry.address.toLowerCase(), name: entry.name ?? '' }] : []),
      ...(entry.group ?? [])
        .filter((member) => member.address)
        .map((member) => ({ address: (member.address ?? '').toLowerCase(), name: member.name ?? '' })),
    ]),
  );
}

/** The header block of the raw source, unfolded, so odd or malformed headers are still seen as sent. */
function rawHeaders(raw: Buffer): Map<string, string[]> {
  const text = raw.subarray(0, 256 * 1024).toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const block = (end >= 0 ? text.slice(0, end) : text).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string[]>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return headers;
}

/**
 * Parses a message leniently: mailparser decodes what it can (unknown charsets, broken MIME),
 * and a message it cannot parse at all still yields its headers and raw text, never an exception.
 */
export async function parseInboundMail(raw: Buffer, options: { isTruncated?: boolean } = {}): Promise<InboundMail> {
  const headers = rawHeaders(raw);
  const problems: string[] = options.isTruncated ? ['The message was too large; only its beginning was read'] : [];
  const first = (name: string) => headers.get(name)?.[0];
  const rawText = raw.toString('utf8');
  const fallbackMessageId = messageIds(first('message-id'))[0] ?? null;
  const base = {
    messageKey: fallbackMessageId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`,
    headers,
    contentType: (first('content-type') ?? 'text/plain').toLowerCase(),
    rawText,
  };
  try {
    const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
    const messageId = messageIds(parsed.messageId)[0] ?? fallbackMessageId;
    const references = Array.isArray(parsed.references) ? parsed.references : messageIds(parsed.references);
    const from = addresses(parsed.from)[0] ?? null;
    const recipients = [
      ...addresses(parsed.to),
      ...addresses(parsed.cc),
      ...['delivered-to', 'x-original-to'].flatMap((name) =>
        (headers.get(name) ?? []).map((value) => ({ address: value.replace(/[<>]/g, '').trim().toLowerCase(), name: '' })),
      ),
    ].map((entry) => entry.address);
    let text = parsed.text ?? (parsed.html ? htmlToText(parsed.html) : '');
    if (text.includes('\uFFFD')) problems.push('Some characters could not be decoded (unknown or wrong character set)');
    if (!parsed.text && !parsed.html && !parsed.attachments.length && raw.length > 0 && !base.contentType.startsWith('text/')) {
      problems.push('The message body could not be read');
    }
    text = text.replace(/\r\n/g, '\n');
    return {
      ...base,
      messageId,
      messageKey: messageId ?? base.messageKey,
      inReplyTo: messageIds(parsed.inReplyTo),
      references: references.flatMap((value) => messageIds(value)),
      subject: (parsed.subject ?? '').replace(/\s+/g, ' ').trim(),
      from,
      recipients: [...new Set(recipients)],
      text,
      attachments: parsed.attachments
        .filter((attachment) => attachment.contentDisposition !== 'inline' || !attachment.contentType.startsWith('text/'))
        .map((attachment) => ({
          fileName: attachment.filename ?? 'attachment',
          contentType: attachment.contentType,
          bytes: attachment.content,
        })),
      problems,
    };
  } catch (error) {
    problems.push(
      `The message could not be parsed (${error instanceof Error ? error.message : 'unknown error'}); its raw text is kept`,
    );
    return {
      ...base,
      messageId: fallbackMessageId,
      inReplyTo: messageIds(first('in-reply-to')),
      references: messageIds(first('references')),
      subject: first('subject') ?? '',
      from: null,
      recipients: [],
      text: rawText.slice(0, 20_000),
      attachments: [],
      problems,
    };
  }
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
