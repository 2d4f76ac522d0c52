import { dossierSections, type IssueSource } from './issue-source.ts';

/** Wiki markup treats these as formatting; escape them so a dossier reads as written. */
const escapeWiki = (value: string) => value.replace(/([{}[\]*_^~|!])/g, '\\$1');

/** The whole dossier as Jira wiki markup (Data Center descriptions and comments, Service Management text). */
export function dossierToWiki(source: IssueSource): string {
  const intro = `Escalated from Support Hub request [${source.reference}|${source.requestUrl}]. Comments on this issue are shown to the people working the request.`;
  const sections = dossierSections(source).map((section) => `h3. ${section.label}\n${escapeWiki(section.text)}`);
  return [intro, ...sections].join('\n\n');
}

export function commentToWiki(authorName: string, body: string): string {
  return `*${escapeWiki(authorName)} (Support Hub):*\n${escapeWiki(body)}`;
}
