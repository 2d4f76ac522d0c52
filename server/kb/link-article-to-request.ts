import { eq } from 'drizzle-orm';
import type { TRequestKbArticles } from '../../shared/kb-schemas.ts';
import type { Database } from '../db/client.ts';
import { helpRequests, kbArticleRequests } from '../db/schema/index.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canLinkArticleToRequest } from '../policies/kb-policy.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { appendEvents } from '../requests/timeline.ts';
import { loadArticle } from './article-repository.ts';
import { listRequestArticles } from './list-request-articles.ts';

/**
 * "This article helped": links an article the actor may read to a request they work. Linking twice
 * changes nothing. Returns the request's articles and whether the link is new.
 */
export async function linkArticleToRequest(options: {
  db: Database;
  actor: Actor;
  articleId: string;
  requestId: string;
  now?: Date;
}): Promise<{ isNew: boolean; articles: TRequestKbArticles }> {
  const { db, actor } = options;
  const now = options.now ?? new Date();
  const isNew = await db.transaction(async (tx) => {
    const article = await loadArticle(tx, actor, options.articleId);
    const request = await loadRequestInScope(tx, actor, options.requestId, { forUpdate: true });
    if (!canLinkArticleToRequest(actor, request)) throw forbidden('You may not link articles to this request');
    const inserted = await tx
      .insert(kbArticleRequests)
      .values({ articleId: article.id, requestId: request.id, linkedById: actor.id, createdAt: now })
      .onConflictDoNothing()
      .returning({ articleId: kbArticleRequests.articleId });
    if (inserted.length === 0) return false;
    await tx.update(helpRequests).set({ updatedAt: now }).where(eq(helpRequests.id, request.id));
    await appendEvents(
      tx,
      [
        {
          requestId: request.id,
          type: 'kb_article_linked',
          actorId: actor.id,
          // A draft is only for staff to see.
          isInternal: article.status !== 'published',
          data: { articleId: article.id, title: article.title },
        },
      ],
      now,
    );
    return true;
  });
  return { isNew, articles: await listRequestArticles({ db, actor, id: options.requestId }) };
}
