import { escapeHtml } from './escape-html.ts';
import { renderInline } from './render-inline.ts';

/**
 * A small, safe Markdown renderer for knowledge-base articles: headings, paragraphs, emphasis,
 * inline code, fenced and indented code, lists, links, images, blockquotes, rules and simple tables.
 * Raw HTML in the input is never passed through: it is escaped like any other text, and the only
 * tags and attributes in the output are the ones this file and render-inline.ts write.
 */

type Context = { depth: number; isTight: boolean };

const MAX_DEPTH = 12;
const FENCE = /^( {0,3})(`{3,}|~{3,})[ \t]*([^\s`]*)[^`]*$/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const QUOTE = /^ {0,3}> ?/;
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:( +)(.*))?$/;
const SETEXT_ONE = /^ {0,3}=+[ \t]*$/;
const SETEXT_TWO = /^ {0,3}-+[ \t]*$/;
const INDENTED_CODE = /^ {4}/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const LANGUAGE = /^[\w+#-]{1,20}$/;

const isBlank = (line: string) => line.trim() === '';

/** Headings start at h2: the article title is the page's only h1. */
const headingTag = (level: number) => `h${Math.min(level + 1, 6)}`;

function listMarker(line: string) {
  const match = LIST_ITEM.exec(line);
  if (!match || THEMATIC_BREAK.test(line)) return null;
  const [, indent, marker, spaces = '', content = ''] = match;
  const isOrdered = /\d/.test(marker);
  const width = spaces.length === 0 || spaces.length > 4 || content === '' ? 1 : spaces.length;
  return {
    isOrdered,
    // Items of one list share the bullet character or the ordered delimiter.
    kind: isOrdered ? marker.slice(-1) : marker,
    start: isOrdered ? Number.parseInt(marker, 10) : 1,
    contentIndent: indent.length + marker.length + width,
    content: spaces.length > 4 ? `${spaces.slice(1)}${content}` : content,
  };
}

/** Whether the line starts a block that ends a paragraph before it. */
function interruptsParagraph(line: string): boolean {
  if (FENCE.test(line) || ATX_HEADING.test(line) || THEMATIC_BREAK.test(line) || QUOTE.test(line)) return true;
  const item = listMarker(line);
  // "1986. A good year" inside a sentence is not a list; only a list starting at 1 interrupts.
  return item !== null && item.content.trim() !== '' && (!item.isOrdered || item.start === 1);
}

const splitCells = (row: string) =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

type Block = { html: string; next: number };

function fencedCode(lines: string[], start: number): Block {
  const [, indent, fence, info] = FENCE.exec(lines[start]) as RegExpExecArray;
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  const body: string[] = [];
  let index = start + 1;
  while (index < lines.length && !closing.test(lines[index])) {
    body.push(lines[index].replace(new RegExp(`^ {0,${indent.length}}`), ''));
    index++;
  }
  const language = LANGUAGE.test(info) ? ` class="language-${escapeHtml(info.toLowerCase())}"` : '';
  const code = body.length ? `${escapeHtml(body.join('\n'))}\n` : '';
  return { html: `<pre><code${language}>${code}</code></pre>`, next: index + 1 };
}

function indentedCode(lines: string[], start: number): Block {
  let index = start;
  const body: string[] = [];
  while (index < lines.length && (INDENTED_CODE.test(lines[index]) || isBlank(lines[index]))) {
    body.push(lines[index].slice(4));
    index++;
  }
  while (body.length && isBlank(body[body.length - 1])) {
    body.pop();
    index--;
  }
  return { html: `<pre><code>${escapeHtml(body.join('\n'))}\n</code></pre>`, next: index };
}

function blockquote(lines: string[], start: number, context: Context): Block {
  const inner: string[] = [];
  let index = start;
  while (index < lines.length) {
    const line = lines[index];
    if (QUOTE.test(line)) inner.push(line.replace(QUOTE, ''));
    // A lazy continuation line carries on the quoted paragraph.
    else if (!isBlank(line) && inner.length && !isBlank(inner[inner.length - 1]) && !interruptsParagraph(line)) inner.push(line);
    else break;
    index++;
  }
  const html = renderBlocks(inner, { depth: context.depth + 1, isTight: false });
  return { html: `<blockquote>\n${html}\n</blockquote>`, next: index };
}

function list(lines: string[], start: number, context: Context): Block {
  const first = listMarker(lines[start]);
  if (!first) throw new Error('list() called on a line that is not a list item');
  const items: string[][] = [];
  let isLoose = false;
  let index = start;
  let marker: ReturnType<typeof listMarker> = first;
  while (marker && marker.kind === first.kind) {
    const item = [marker.content];
    const indent = marker.contentIndent;
    index++;
    while (index < lines.length) {
      const line = lines[index];
      if (isBlank(line)) {
        item.push('');
      } else if (line.length - line.trimStart().length >= indent) {
        item.push(line.slice(indent));
      } else if (!isBlank(item[item.length - 1]) && !interruptsParagraph(line) && !listMarker(line)) {
        item.push(line.trim());
      } else {
        break;
      }
      index++;
    }
    let trailingBlanks = 0;
    while (item.length > 1 && isBlank(item[item.length - 1])) {
      item.pop();
      trailingBlanks++;
    }
    if (item.slice(1).some(isBlank)) isLoose = true;
    items.push(item);
    marker = index < lines.length ? listMarker(lines[index]) : null;
    if (marker && marker.kind === first.kind && trailingBlanks > 0) isLoose = true;
    if (!marker || marker.kind !== first.kind) index -= trailingBlanks;
  }
  const tag = first.isOrdered ? 'ol' : 'ul';
  const startAttribute = first.isOrdered && first.start !== 1 ? ` start="${first.start}"` : '';
  const body = items.map((item) => `<li>${renderBlocks(item, { depth: context.depth + 1, isTight: !isLoose })}</li>`).join('\n');
  return { html: `<${tag}${startAttribute}>\n${body}\n</${tag}>`, next: index };
}

function table(lines: string[], start: number): Block {
  const header = splitCells(lines[start]);
  let index = start + 2;
  const rows: string[][] = [];
  while (index < lines.length && !isBlank(lines[index]) && lines[index].includes('|')) {
    rows.push(splitCells(lines[index]));
    index++;
  }
  const cells = (row: string[], tag: 'th' | 'td') =>
    header.map((_, column) => `<${tag}>${renderInline(row[column] ?? '')}</${tag}>`).join('');
  const body = rows.map((row) => `<tr>${cells(row, 'td')}</tr>`).join('\n');
  return {
    html: `<table>\n<thead>\n<tr>${cells(header, 'th')}</tr>\n</thead>\n<tbody>\n${body}\n</tbody>\n</table>`,
    next: index,
  };
}

function paragraph(lines: string[], start: number, context: Context): Block {
  const text: string[] = [lines[start].trimStart()];
  let index = start + 1;
  while (index < lines.length) {
    const line = lines[index];
    if (SETEXT_ONE.test(line) || SETEXT_TWO.test(line)) {
      const tag = headingTag(SETEXT_ONE.test(line) ? 1 : 2);
      return { html: `<${tag}>${renderInline(text.join('\n').trimEnd())}</${tag}>`, next: index + 1 };
    }
    if (isBlank(line) || interruptsParagraph(line)) break;
    text.push(line.trimStart());
    index++;
  }
  const html = renderInline(text.join('\n').trimEnd());
  return { html: context.isTight ? html : `<p>${html}</p>`, next: index };
}

function isTableStart(lines: string[], index: number): boolean {
  return (
    lines[index].includes('|') &&
    index + 1 < lines.length &&
    TABLE_DELIMITER.test(lines[index + 1]) &&
    lines[index + 1].includes('-')
  );
}

function renderBlocks(lines: string[], context: Context): string {
  if (context.depth > MAX_DEPTH) return `<p>${escapeHtml(lines.join('\n'))}</p>`;
  const html: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    let block: Block;
    if (isBlank(line)) {
      index++;
      continue;
    }
    if (FENCE.test(line)) block = fencedCode(lines, index);
    else if (INDENTED_CODE.test(line)) block = indentedCode(lines, index);
    else if (ATX_HEADING.test(line)) {
      const [, hashes, content = ''] = ATX_HEADING.exec(line) as RegExpExecArray;
      const tag = headingTag(hashes.length);
      block = { html: `<${tag}>${renderInline(content.trim())}</${tag}>`, next: index + 1 };
    } else if (THEMATIC_BREAK.test(line)) block = { html: '<hr>', next: index + 1 };
    else if (QUOTE.test(line)) block = blockquote(lines, index, context);
    else if (listMarker(line)) block = list(lines, index, context);
    else if (isTableStart(lines, index)) block = table(lines, index);
    else block = paragraph(lines, index, context);
    html.push(block.html);
    index = Math.max(block.next, index + 1);
  }
  return html.join('\n');
}

/** Markdown to HTML that is safe to insert into the page as it is. */
export function renderMarkdown(markdown: string): string {
  const normalised = markdown.replace(/\r\n?/g, '\n').replaceAll('\0', '\ufffd').replace(/\t/g, '    ');
  return renderBlocks(normalised.split('\n'), { depth: 0, isTight: false });
}
