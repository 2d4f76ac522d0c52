import { desc, eq } from 'drizzle-orm';
import type { TKbRevision } from '../../shared/kb-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { kbArticleRevisions, users } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { loadArticle } from './article-repository.ts';

type RevisionRow = typeof kbArticleRevisions.$inferSelect & { editorName: string | null };

export function presentRevision(row: RevisionRow): TKbRevision {
  return {
    revision: row.revision,
    title: row.title,
    editorId: row.editorId,
    editorName: row.editorName,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Every saved version of an article the actor may read, newest first. */
export async function listRevisions(options: { db: DbOrTx; actor: Actor; id: string }): Promise<TKbRevision[]> {
  const article = await loadArticle(options.db, options.actor, options.id);
  const rows = await options.db
    .select({ revision: kbArticleRevisions, editorName: users.name })
    .from(kbArticleRevisions)
    .leftJoin(users, eq(users.id, kbArticleRevisions.editorId))
    .where(eq(kbArticleRevisions.articleId, article.id))
    .orderBy(desc(kbArticleRevisions.revision));
  return rows.map((row) => presentRevision({ ...row.revision, editorName: row.editorName }));
}
