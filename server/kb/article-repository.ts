import { eq, getTableColumns } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { kbArticles, users } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canReadArticle } from '../policies/kb-policy.ts';

export type ArticleRow = typeof kbArticles.$inferSelect;
export type LoadedArticle = ArticleRow & { authorName: string | null };

/** Loads an article the actor may read; anything else is 404 so drafts do not leak. */
export async function loadArticle(
  db: DbOrTx,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<LoadedArticle> {
  const query = db
    .select({ ...getTableColumns(kbArticles), authorName: users.name })
    .from(kbArticles)
    .leftJoin(users, eq(users.id, kbArticles.authorId))
    .where(eq(kbArticles.id, id))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: kbArticles }) : await query;
  if (!row || !canReadArticle(actor, row)) throw notFound('No such article');
  return row;
}
