import { type TCreateKbArticle, type TKbArticle, ZCreateKbArticle } from '../../shared/kb-schemas.ts';
import type { Database } from '../db/client.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { can } from '../policies/global-policy.ts';
import { getArticle } from './get-article.ts';
import { insertArticle } from './insert-article.ts';

/** A new article: a draft, or published at once when a publisher asks for it. The route checks `draftArticles`. */
export async function createArticle(options: {
  db: Database;
  actor: Actor;
  input: TCreateKbArticle;
  now?: Date;
}): Promise<TKbArticle> {
  const { db, actor } = options;
  const input = ZCreateKbArticle.parse(options.input);
  const now = options.now ?? new Date();
  if (!can(actor, 'draftArticles')) throw forbidden('You may not write articles');
  if (input.publish && !can(actor, 'publishArticles')) throw forbidden('You may not publish articles');
  const row = await db.transaction((tx) =>
    insertArticle(tx, { ...input, isPublished: input.publish, authorId: actor.id, note: input.note ?? null }, now),
  );
  return getArticle({ db, actor, id: row.id });
}
