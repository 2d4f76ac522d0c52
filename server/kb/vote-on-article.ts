import { and, eq, sql } from 'drizzle-orm';
import type { TKbArticle } from '../../shared/kb-schemas.ts';
import type { Database } from '../db/client.ts';
import { kbArticles, kbVotes } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { articleAbilities } from '../policies/kb-policy.ts';
import { loadArticle } from './article-repository.ts';
import { presentArticleFor } from './get-article.ts';

/**
 * "Was this helpful?": one vote per person and article, which they may change. The article row is
 * locked first, so concurrent votes adjust the counts one after the other and never drift.
 */
export async function voteOnArticle(options: {
  db: Database;
  actor: Actor;
  id: string;
  isHelpful: boolean;
  now?: Date;
}): Promise<TKbArticle> {
  const { db, actor, isHelpful } = options;
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const article = await loadArticle(tx, actor, options.id, { forUpdate: true });
    if (!articleAbilities(actor, article).vote) throw new AppError('conflict', 'Only published articles take votes');
    const where = and(eq(kbVotes.articleId, article.id), eq(kbVotes.userId, actor.id));
    const [previous] = await tx.select({ isHelpful: kbVotes.isHelpful }).from(kbVotes).where(where);
    if (previous?.isHelpful === isHelpful) return presentArticleFor(tx, actor, article);

    if (previous) await tx.update(kbVotes).set({ isHelpful, createdAt: now }).where(where);
    else await tx.insert(kbVotes).values({ articleId: article.id, userId: actor.id, isHelpful, createdAt: now });
    const delta = (counted: boolean) => (isHelpful === counted ? 1 : 0) - (previous && previous.isHelpful === counted ? 1 : 0);
    const [counts] = await tx
      .update(kbArticles)
      .set({
        helpfulCount: sql`${kbArticles.helpfulCount} + ${delta(true)}`,
        notHelpfulCount: sql`${kbArticles.notHelpfulCount} + ${delta(false)}`,
      })
      .where(eq(kbArticles.id, article.id))
      .returning({ helpfulCount: kbArticles.helpfulCount, notHelpfulCount: kbArticles.notHelpfulCount });
    return presentArticleFor(tx, actor, { ...article, ...counts });
  });
}
