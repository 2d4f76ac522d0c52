import { dossierSections, type IssueSource } from './issue-source.ts';

export type AdfNode = {
  type: string;
  version?: number;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  text?: string;
  marks?: unknown[];
};

const text = (value: string, marks?: unknown[]): AdfNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

/** Lines of plain text as one paragraph, lines joined by hard breaks (ADF has no newline in text). */
function paragraph(value: string): AdfNode {
  const lines = value.split(/\r?\n/);
  const content = lines.flatMap((line, index) => [...(index > 0 ? [{ type: 'hardBreak' }] : []), ...(line ? [text(line)] : [])]);
  return { type: 'paragraph', content };
}

/** The whole dossier as Atlassian Document Format (Jira Cloud descriptions and comments). */
export function dossierToAdf(source: IssueSource): AdfNode {
  const intro: AdfNode = {
    type: 'paragraph',
    content: [
      text('Escalated from Support Hub request '),
      text(source.reference, [{ type: 'link', attrs: { href: source.requestUrl } }]),
      text('. Comments on this issue are shown to the people working the request.'),
    ],
  };
  const sections = dossierSections(source).flatMap((section) => [
    { type: 'heading', attrs: { level: 3 }, content: [text(section.label)] },
    paragraph(section.text),
  ]);
  return { type: 'doc', version: 1, content: [intro, ...sections] };
}

/** A comment body in ADF: who wrote it in Support Hub, then their text. */
export function commentToAdf(authorName: string, body: string): AdfNode {
  return {
    type: 'doc',
    version: 1,
    content: [
      { type: 'paragraph', content: [text(`${authorName} (Support Hub):`, [{ type: 'strong' }])] },
      ...body.split(/\r?\n\r?\n/).map(paragraph),
    ],
  };
}
