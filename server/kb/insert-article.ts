import type { ModuleCode } from '../../shared/constants.ts';
import type { DbOrTx } from '../db/client.ts';
import { kbArticleRevisions, kbArticles } from '../db/schema/index.ts';

export type NewArticle = {
  title: string;
  body: string;
  module: ModuleCode | null;
  tags: string[];
  language: string;
  isPublished: boolean;
  authorId: string;
  note?: string | null;
};

/** Inserts an article and its revision 1; call inside the transaction that creates it. */
export async function insertArticle(tx: DbOrTx, article: NewArticle, now: Date) {
  const [row] = await tx
    .insert(kbArticles)
    .values({
      title: article.title,
      body: article.body,
      module: article.module,
      tags: article.tags,
      language: article.language,
      status: article.isPublished ? 'published' : 'draft',
      authorId: article.authorId,
      revision: 1,
      publishedAt: article.isPublished ? now : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await tx.insert(kbArticleRevisions).values({
    articleId: row.id,
    revision: 1,
    title: article.title,
    body: article.body,
    editorId: article.authorId,
    note: article.note ?? null,
    createdAt: now,
  });
  return row;
}
