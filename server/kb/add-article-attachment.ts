import { eq } from 'drizzle-orm';
import type { TKbAttachment } from '../../shared/kb-schemas.ts';
import type { Database } from '../db/client.ts';
import { kbArticles, kbAttachments } from '../db/schema/index.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { articleAbilities } from '../policies/kb-policy.ts';
import { type AttachmentStore, requireAttachmentType, safeFileName } from '../requests/attachment-storage.ts';
import { loadArticle } from './article-repository.ts';
import { presentArticleAttachment } from './present-article.ts';

/** An image or PDF for an article (its type read from the bytes); the article's Markdown may then show or link it. */
export async function addArticleAttachment(options: {
  db: Database;
  store: AttachmentStore;
  actor: Actor;
  id: string;
  fileName: string;
  bytes: Buffer;
  now?: Date;
}): Promise<TKbAttachment> {
  const { db, actor } = options;
  const article = await loadArticle(db, actor, options.id);
  if (!articleAbilities(actor, article).uploadAttachment) throw forbidden('You may not add files to this article');
  const contentType = requireAttachmentType(options.bytes);
  const stored = await options.store.save(options.bytes);
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(kbAttachments)
      .values({
        articleId: article.id,
        fileName: safeFileName(options.fileName),
        contentType,
        size: options.bytes.length,
        sha256: stored.sha256,
        storageKey: stored.key,
        uploadedById: actor.id,
        createdAt: now,
      })
      .returning();
    await tx.update(kbArticles).set({ updatedAt: now }).where(eq(kbArticles.id, article.id));
    return presentArticleAttachment(row);
  });
}
