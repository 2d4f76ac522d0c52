import type { ModuleCode } from '../../shared/constants.ts';
import type {
  KbStatus,
  TKbArticle,
  TKbArticleSummary,
  TKbAttachment,
  TKbLinkedRequest,
  TKbVoteValue,
} from '../../shared/kb-schemas.ts';
import type { kbAttachments } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { articleAbilities } from '../policies/kb-policy.ts';
import type { LoadedArticle } from './article-repository.ts';
import { markdownExcerpt } from './markdown/markdown-excerpt.ts';
import { renderMarkdown } from './markdown/render-markdown.ts';

export const attachmentUrl = (articleId: string, attachmentId: string) =>
  `/api/kb/articles/${articleId}/attachments/${attachmentId}`;

export function presentArticleSummary(row: LoadedArticle): TKbArticleSummary {
  return {
    id: row.id,
    title: row.title,
    excerpt: markdownExcerpt(row.body),
    module: row.module as ModuleCode | null,
    tags: row.tags,
    language: row.language,
    status: row.status as KbStatus,
    authorId: row.authorId,
    authorName: row.authorName,
    revision: row.revision,
    helpfulCount: row.helpfulCount,
    notHelpfulCount: row.notHelpfulCount,
    viewCount: row.viewCount,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentArticleAttachment(row: typeof kbAttachments.$inferSelect): TKbAttachment {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    uploadedById: row.uploadedById,
    createdAt: row.createdAt.toISOString(),
    url: attachmentUrl(row.articleId, row.id),
  };
}

export function presentArticle(
  row: LoadedArticle,
  context: {
    actor: Actor;
    myVote: TKbVoteValue | null;
    attachments: (typeof kbAttachments.$inferSelect)[];
    linkedRequests: TKbLinkedRequest[];
  },
): TKbArticle {
  return {
    ...presentArticleSummary(row),
    body: row.body,
    bodyHtml: renderMarkdown(row.body),
    myVote: context.myVote,
    abilities: articleAbilities(context.actor, row),
    attachments: context.attachments.map(presentArticleAttachment),
    linkedRequests: context.linkedRequests,
  };
}
