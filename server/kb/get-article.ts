import { and, asc, eq, sql } from 'drizzle-orm';
import type { Status } from '../../shared/constants.ts';
import type { TKbArticle, TKbLinkedRequest } from '../../shared/kb-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, kbArticleRequests, kbArticles, kbAttachments, kbVotes } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { isInScope } from '../policies/request-policy.ts';
import { type LoadedArticle, loadArticle } from './article-repository.ts';
import { presentArticle } from './present-article.ts';

/** The requests the article is linked to, only those the actor may see. */
async function visibleLinkedRequests(db: DbOrTx, actor: Actor, articleId: string): Promise<TKbLinkedRequest[]> {
  const rows = await db
    .select({
      id: helpRequests.id,
      reference: helpRequests.reference,
      summary: helpRequests.summary,
      status: helpRequests.status,
      siteId: helpRequests.siteId,
      module: helpRequests.module,
      level: helpRequests.level,
      reporterId: helpRequests.reporterId,
      vendorTeamId: helpRequests.vendorTeamId,
      linkedAt: kbArticleRequests.createdAt,
    })
    .from(kbArticleRequests)
    .innerJoin(helpRequests, eq(helpRequests.id, kbArticleRequests.requestId))
    .where(eq(kbArticleRequests.articleId, articleId))
    .orderBy(asc(kbArticleRequests.createdAt));
  return rows
    .filter((row) => isInScope(actor, row))
    .map((row) => ({
      id: row.id,
      reference: row.reference,
      summary: row.summary,
      status: row.status as Status,
      linkedAt: row.linkedAt.toISOString(),
    }));
}

/** The full article for one reader: rendered body, their vote, abilities, files and linked requests. */
export async function presentArticleFor(db: DbOrTx, actor: Actor, article: LoadedArticle): Promise<TKbArticle> {
  // One after the other: `db` may be a transaction, whose single connection takes one query at a time.
  const votes = await db
    .select({ isHelpful: kbVotes.isHelpful })
    .from(kbVotes)
    .where(and(eq(kbVotes.articleId, article.id), eq(kbVotes.userId, actor.id)));
  const attachments = await db
    .select()
    .from(kbAttachments)
    .where(eq(kbAttachments.articleId, article.id))
    .orderBy(asc(kbAttachments.createdAt));
  const linkedRequests = await visibleLinkedRequests(db, actor, article.id);
  const myVote = votes.length === 0 ? null : votes[0].isHelpful ? 'helpful' : 'not_helpful';
  return presentArticle(article, { actor, myVote, attachments, linkedRequests });
}

/**
 * One article. A reader other than the author opening a published article counts as a view
 * (every opening; the page fetches it once per visit and not again after a vote or an edit).
 */
export async function getArticle(options: { db: DbOrTx; actor: Actor; id: string; countView?: boolean }): Promise<TKbArticle> {
  const { db, actor } = options;
  const article = await loadArticle(db, actor, options.id);
  if (options.countView && article.status === 'published' && article.authorId !== actor.id) {
    const [counted] = await db
      .update(kbArticles)
      .set({ viewCount: sql`${kbArticles.viewCount} + 1` })
      .where(eq(kbArticles.id, article.id))
      .returning({ viewCount: kbArticles.viewCount });
    article.viewCount = counted?.viewCount ?? article.viewCount;
  }
  return presentArticleFor(db, actor, article);
}
