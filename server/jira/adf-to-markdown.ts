import type { AdfNode } from './dossier-to-adf.ts';

type Mark = { type: string; attrs?: { href?: string } };

function applyMarks(value: string, marks: Mark[] = []): string {
  let out = value;
  for (const mark of marks) {
    if (mark.type === 'code') out = `\`${out}\``;
    else if (mark.type === 'strong') out = `**${out}**`;
    else if (mark.type === 'em') out = `*${out}*`;
    else if (mark.type === 'strike') out = `~~${out}~~`;
    else if (mark.type === 'link' && mark.attrs?.href) out = `[${out}](${mark.attrs.href})`;
  }
  return out;
}

function inline(nodes: AdfNode[] = []): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return applyMarks(node.text ?? '', node.marks as Mark[] | undefined);
        case 'hardBreak':
          return '  \n';
        case 'mention':
          return `**${String(node.attrs?.text ?? '@someone').startsWith('@') ? node.attrs?.text : `@${node.attrs?.text}`}**`;
        case 'emoji':
          return String(node.attrs?.text ?? node.attrs?.shortName ?? '');
        case 'inlineCard':
          return String(node.attrs?.url ?? '');
        case 'date':
          return new Date(Number(node.attrs?.timestamp)).toISOString().slice(0, 10);
        case 'status':
          return `[${String(node.attrs?.text ?? '')}]`;
        default:
          return inline(node.content);
      }
    })
    .join('');
}

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : `${prefix}${line}`))
    .join('\n');

function block(node: AdfNode): string {
  switch (node.type) {
    case 'paragraph':
      return inline(node.content);
    case 'heading':
      return `${'#'.repeat(Math.min(6, Number(node.attrs?.level ?? 3)))} ${inline(node.content)}`;
    case 'bulletList':
      return (node.content ?? []).map((item) => `- ${indent(blocks(item.content), '  ')}`).join('\n');
    case 'orderedList': {
      const start = Number(node.attrs?.order ?? 1);
      return (node.content ?? []).map((item, index) => `${start + index}. ${indent(blocks(item.content), '   ')}`).join('\n');
    }
    case 'codeBlock':
      return `\`\`\`${String(node.attrs?.language ?? '')}\n${(node.content ?? []).map((text) => text.text ?? '').join('')}\n\`\`\``;
    case 'blockquote':
    case 'panel':
      return blocks(node.content)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'rule':
      return '---';
    case 'table':
      return (node.content ?? [])
        .map((row) => `| ${(row.content ?? []).map((cell) => blocks(cell.content).replace(/\n+/g, ' ')).join(' | ')} |`)
        .join('\n');
    case 'mediaSingle':
    case 'mediaGroup':
      return '_(attachment in Jira)_';
    default:
      return node.content ? blocks(node.content) : inline([node]);
  }
}

function blocks(nodes: AdfNode[] = []): string {
  return nodes
    .map(block)
    .filter((text) => text !== '')
    .join('\n\n');
}

/** Atlassian Document Format (Jira Cloud comments) to our Markdown: lists, code, mentions, links kept. */
export function adfToMarkdown(doc: unknown): string {
  if (typeof doc === 'string') return doc;
  if (!doc || typeof doc !== 'object') return '';
  return blocks((doc as AdfNode).content).trim();
}
