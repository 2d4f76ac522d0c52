import { escapeHtml } from './escape-html.ts';
import { parseLinkAt } from './parse-link.ts';
import { isExternalUrl, safeUrl } from './safe-url.ts';

/**
 * Inline Markdown: code spans, links, images, autolinks, emphasis, strikethrough and hard breaks.
 * Every character of the input reaches the output escaped; only the tags written here are emitted.
 */

type Delimiter = {
  kind: 'delim';
  char: '*' | '_' | '~';
  count: number;
  canOpen: boolean;
  canClose: boolean;
  openTags: string;
  closeTags: string;
};
type Token = { kind: 'html'; html: string } | { kind: 'text'; text: string } | Delimiter;

type InlineOptions = { allowLinks: boolean };

const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const isWhitespace = (char: string | undefined) => char === undefined || /\s/u.test(char);
const isPunctuation = (char: string | undefined) => char !== undefined && /[\p{P}\p{S}]/u.test(char);
const AUTOLINK = /^<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/i;
const EMAIL_AUTOLINK = /^<([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/;
const BARE_URL = /^https?:\/\/[^\s<>"'`]+/i;

function linkHtml(url: string, title: string | null, inner: string): string {
  const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
  const rel = isExternalUrl(url) ? ' rel="nofollow noopener noreferrer"' : '';
  return `<a href="${escapeHtml(url)}"${titleAttribute}${rel}>${inner}</a>`;
}

function imageHtml(url: string, alt: string, title: string | null): string {
  const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
  return `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"${titleAttribute} loading="lazy">`;
}

/** Alt text is plain: the Markdown marks inside it are dropped. */
const plainText = (markdown: string) => markdown.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`~]/g, '');

/** A bare URL ends before trailing punctuation and before a closing parenthesis it did not open. */
function trimBareUrl(url: string): string {
  let end = url.length;
  while (end > 0 && ".,;:!?*_~'".includes(url[end - 1])) end--;
  let trimmed = url.slice(0, end);
  while (trimmed.endsWith(')') && (trimmed.match(/\(/g)?.length ?? 0) < (trimmed.match(/\)/g)?.length ?? 0)) {
    trimmed = trimmed.slice(0, -1);
  }
  return trimmed;
}

function delimiterAt(source: string, index: number, char: '*' | '_' | '~', count: number): Delimiter {
  const before = source[index - 1];
  const after = source[index + count];
  const leftFlanking = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
  const rightFlanking = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
  // `snake_case_names` stay as they are: underscores only emphasise at word edges.
  const canOpen = char === '_' ? leftFlanking && (!rightFlanking || isPunctuation(before)) : leftFlanking;
  const canClose = char === '_' ? rightFlanking && (!leftFlanking || isPunctuation(after)) : rightFlanking;
  return { kind: 'delim', char, count, canOpen, canClose, openTags: '', closeTags: '' };
}

function tokenize(source: string, options: InlineOptions): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  const pushHtml = (html: string) => {
    flush();
    tokens.push({ kind: 'html', html });
  };
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    const rest = () => source.slice(index, index + 2100);

    if (char === '\\' && index + 1 < source.length) {
      const next = source[index + 1];
      if (next === '\n') {
        pushHtml('<br>\n');
        index += 2;
        continue;
      }
      if (ASCII_PUNCTUATION.includes(next)) {
        text += next;
        index += 2;
        continue;
      }
    }

    if (char === '`') {
      let run = 1;
      while (source[index + run] === '`') run++;
      const fence = '`'.repeat(run);
      let close = source.indexOf(fence, index + run);
      while (close !== -1 && source[close + run] === '`') {
        let skip = close;
        while (source[skip] === '`') skip++;
        close = source.indexOf(fence, skip);
      }
      if (close === -1) {
        text += fence;
        index += run;
        continue;
      }
      let code = source.slice(index + run, close).replace(/\n/g, ' ');
      if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim()) code = code.slice(1, -1);
      pushHtml(`<code>${escapeHtml(code)}</code>`);
      index = close + run;
      continue;
    }

    if (char === '!' && source[index + 1] === '[') {
      const link = parseLinkAt(source, index + 1);
      if (link) {
        const url = safeUrl(link.destination, 'image');
        const alt = plainText(link.text);
        pushHtml(url ? imageHtml(url, alt, link.title) : escapeHtml(alt));
        index = link.end;
        continue;
      }
    }

    if (char === '[' && options.allowLinks) {
      const link = parseLinkAt(source, index);
      if (link) {
        const inner = renderInline(link.text, { allowLinks: false });
        const url = safeUrl(link.destination, 'link');
        pushHtml(url ? linkHtml(url, link.title, inner) : inner);
        index = link.end;
        continue;
      }
    }

    if (char === '<' && options.allowLinks) {
      const auto = AUTOLINK.exec(rest()) ?? EMAIL_AUTOLINK.exec(rest());
      if (auto) {
        const target = auto[1].includes(':') ? auto[1] : `mailto:${auto[1]}`;
        const url = safeUrl(target, 'link');
        if (url) {
          pushHtml(linkHtml(url, null, escapeHtml(auto[1])));
          index += auto[0].length;
          continue;
        }
      }
    }

    if ((char === 'h' || char === 'H') && options.allowLinks && !/[\p{L}\p{N}]/u.test(source[index - 1] ?? '')) {
      const bare = BARE_URL.exec(rest());
      const url = bare ? safeUrl(trimBareUrl(bare[0]), 'link') : null;
      if (url) {
        pushHtml(linkHtml(url, null, escapeHtml(url)));
        index += url.length;
        continue;
      }
    }

    if (char === '*' || char === '_' || char === '~') {
      let run = 1;
      while (source[index + run] === char) run++;
      // Strikethrough is exactly two tildes; any other run of tildes is text.
      if (char === '~' && run !== 2) {
        text += char.repeat(run);
      } else {
        flush();
        tokens.push(delimiterAt(source, index, char, run));
      }
      index += run;
      continue;
    }

    if (char === '\n') {
      // Two or more spaces before a line break make a hard break.
      const isHardBreak = / {2,}$/.test(text);
      text = text.replace(/ +$/, '');
      if (isHardBreak) pushHtml('<br>\n');
      else text += '\n';
      index++;
      continue;
    }

    text += char;
    index++;
  }
  flush();
  return tokens;
}

/**
 * Matches emphasis delimiters (a simplified CommonMark "process emphasis"): each closer takes the
 * nearest opener of its character; openers left between them can no longer match, so tags never cross.
 */
function matchDelimiters(tokens: Token[]) {
  const stacks: Record<Delimiter['char'], number[]> = { '*': [], _: [], '~': [] };
  for (let closerIndex = 0; closerIndex < tokens.length; closerIndex++) {
    const closer = tokens[closerIndex];
    if (closer.kind !== 'delim') continue;
    const stack = stacks[closer.char];
    while (closer.canClose && closer.count > 0 && stack.length > 0) {
      const openerIndex = stack[stack.length - 1];
      const opener = tokens[openerIndex] as Delimiter;
      const use = closer.char === '~' ? 2 : opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      const tag = closer.char === '~' ? 'del' : use === 2 ? 'strong' : 'em';
      opener.openTags = `<${tag}>${opener.openTags}`;
      closer.closeTags = `${closer.closeTags}</${tag}>`;
      opener.count -= use;
      closer.count -= use;
      for (const other of Object.values(stacks)) {
        while (other.length > 0 && other[other.length - 1] > openerIndex) other.pop();
      }
      if (opener.count === 0) stack.pop();
    }
    if (closer.count > 0 && closer.canOpen) stack.push(closerIndex);
  }
}

export function renderInline(source: string, options: InlineOptions = { allowLinks: true }): string {
  const tokens = tokenize(source, options);
  matchDelimiters(tokens);
  return tokens
    .map((token) => {
      if (token.kind === 'html') return token.html;
      if (token.kind === 'text') return escapeHtml(token.text);
      return `${token.closeTags}${escapeHtml(token.char.repeat(token.count))}${token.openTags}`;
    })
    .join('');
}
