import { eq } from 'drizzle-orm';
import { type TKbArticle, type TUpdateKbArticle, ZUpdateKbArticle } from '../../shared/kb-schemas.ts';
import type { Database } from '../db/client.ts';
import { kbArticleRevisions, kbArticles } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { articleAbilities } from '../policies/kb-policy.ts';
import { loadArticle } from './article-repository.ts';
import { getArticle } from './get-article.ts';

const sameTags = (a: string[], b: string[]) => a.length === b.length && a.every((tag, index) => tag === b[index]);

/** Saves an edit; every save that changes something appends a revision (with the editor's note). */
export async function updateArticle(options: {
  db: Database;
  actor: Actor;
  id: string;
  input: TUpdateKbArticle;
  now?: Date;
}): Promise<TKbArticle> {
  const { db, actor } = options;
  const input = ZUpdateKbArticle.parse(options.input);
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const article = await loadArticle(tx, actor, options.id, { forUpdate: true });
    if (!articleAbilities(actor, article).edit) throw forbidden('You may not edit this article');
    if (input.baseRevision !== undefined && input.baseRevision !== article.revision) {
      throw new AppError('conflict', `Someone saved revision ${article.revision} since you started editing`, {
        errors: [
          { field: 'baseRevision', message: `is ${input.baseRevision}, but the article is at revision ${article.revision}` },
        ],
      });
    }
    const next = {
      title: input.title ?? article.title,
      body: input.body ?? article.body,
      module: input.module === undefined ? article.module : input.module,
      tags: input.tags ?? article.tags,
      language: input.language ?? article.language,
    };
    const isChanged =
      next.title !== article.title ||
      next.body !== article.body ||
      next.module !== article.module ||
      next.language !== article.language ||
      !sameTags(next.tags, article.tags);
    if (!isChanged) return;
    const revision = article.revision + 1;
    await tx
      .update(kbArticles)
      .set({ ...next, revision, updatedAt: now })
      .where(eq(kbArticles.id, article.id));
    await tx.insert(kbArticleRevisions).values({
      articleId: article.id,
      revision,
      title: next.title,
      body: next.body,
      editorId: actor.id,
      note: input.note ?? null,
      createdAt: now,
    });
  });
  return getArticle({ db, actor, id: options.id });
}
