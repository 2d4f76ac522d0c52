import { desc, eq, getTableColumns } from 'drizzle-orm';
import type { TRequestKbArticles } from '../../shared/kb-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { kbArticleRequests, kbArticles, users } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { canLinkArticleToRequest, canReadArticle, canTurnRequestIntoArticle } from '../policies/kb-policy.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { presentArticleSummary } from './present-article.ts';

/** The articles linked to a request that the actor may read, newest link first, with what they may do. */
export async function listRequestArticles(options: { db: DbOrTx; actor: Actor; id: string }): Promise<TRequestKbArticles> {
  const { db, actor } = options;
  const request = await loadRequestInScope(db, actor, options.id);
  const rows = await db
    .select({ ...getTableColumns(kbArticles), authorName: users.name, linkedAt: kbArticleRequests.createdAt })
    .from(kbArticleRequests)
    .innerJoin(kbArticles, eq(kbArticles.id, kbArticleRequests.articleId))
    .leftJoin(users, eq(users.id, kbArticles.authorId))
    .where(eq(kbArticleRequests.requestId, request.id))
    .orderBy(desc(kbArticleRequests.createdAt));
  return {
    items: rows
      .filter((row) => canReadArticle(actor, row))
      .map((row) => ({ ...presentArticleSummary(row), linkedAt: row.linkedAt.toISOString() })),
    canTurnIntoArticle: canTurnRequestIntoArticle(actor, request),
    canLinkArticle: canLinkArticleToRequest(actor, request),
  };
}
