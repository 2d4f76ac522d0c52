import type { JiraFlavour } from '../../shared/jira-schemas.ts';
import { adfToMarkdown } from './adf-to-markdown.ts';
import { wikiToMarkdown } from './wiki-to-markdown.ts';

/** A comment as Jira's REST API returns it (v3: ADF body; v2: wiki text). */
export type JiraComment = {
  id: string;
  body: unknown;
  author?: { displayName?: string; accountId?: string; name?: string };
  created: string;
  updated?: string;
  /** Service Management: false for an agents-only comment, which must never reach the request. */
  jsdPublic?: boolean;
  properties?: { key: string; value: unknown }[];
};

export const commentAuthorName = (comment: JiraComment) => comment.author?.displayName?.trim() || 'Jira user';

export const commentMarkdown = (flavour: JiraFlavour, comment: JiraComment) =>
  flavour === 'data_center' ? wikiToMarkdown(String(comment.body ?? '')) : adfToMarkdown(comment.body);

/** Written by Support Hub (carries our property): mirroring it back would be an echo. */
export const isOurComment = (comment: JiraComment) =>
  comment.properties?.some((property) => property.key === 'support-hub') ?? false;
