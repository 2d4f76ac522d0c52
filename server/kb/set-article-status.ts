import { eq } from 'drizzle-orm';
import type { KbStatus, TKbArticle } from '../../shared/kb-schemas.ts';
import type { Database } from '../db/client.ts';
import { kbArticles } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { articleAbilities } from '../policies/kb-policy.ts';
import { loadArticle } from './article-repository.ts';
import { getArticle } from './get-article.ts';

/**
 * Publishes, unpublishes (back to draft) or archives an article. Archiving is the delete: the
 * article leaves every list and reader, but requests and timelines that point at it stay whole.
 */
export async function setArticleStatus(options: {
  db: Database;
  actor: Actor;
  id: string;
  status: KbStatus;
  now?: Date;
}): Promise<TKbArticle> {
  const { db, actor, status } = options;
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const article = await loadArticle(tx, actor, options.id, { forUpdate: true });
    const abilities = articleAbilities(actor, article);
    if (!abilities.publish && !abilities.unpublish && !abilities.archive)
      throw forbidden('You may not change this article’s status');
    if (article.status === status) {
      throw new AppError('conflict', `The article is already ${status}`, {
        errors: [{ field: 'status', message: `is already ${status}` }],
      });
    }
    await tx
      .update(kbArticles)
      .set({
        status,
        updatedAt: now,
        ...(status === 'published' ? { publishedAt: now } : {}),
      })
      .where(eq(kbArticles.id, article.id));
  });
  return getArticle({ db, actor, id: options.id });
}
