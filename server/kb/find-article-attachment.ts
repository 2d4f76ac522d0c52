import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { kbAttachments } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { loadArticle } from './article-repository.ts';

/** A file of an article the actor may read. */
export async function findArticleAttachment(options: { db: DbOrTx; actor: Actor; id: string; attachmentId: string }) {
  const article = await loadArticle(options.db, options.actor, options.id);
  const [row] = await options.db
    .select()
    .from(kbAttachments)
    .where(and(eq(kbAttachments.id, options.attachmentId), eq(kbAttachments.articleId, article.id)));
  if (!row) throw notFound('No such attachment');
  return row;
}
