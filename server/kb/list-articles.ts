import { and, count, desc, eq, getTableColumns, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { TListKbArticlesQuery, TListKbArticlesResponse } from '../../shared/kb-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { kbArticles, users } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { articleVisibilityCondition } from '../policies/kb-policy.ts';
import { presentArticleSummary } from './present-article.ts';

type Cursor = { updatedAt: Date; id: string };

const encodeCursor = (cursor: Cursor) =>
  Buffer.from(JSON.stringify([cursor.updatedAt.toISOString(), cursor.id])).toString('base64url');

function decodeCursor(value: string): Cursor {
  try {
    const [updatedAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(updatedAt);
    if (Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error('bad cursor');
    return { updatedAt: date, id };
  } catch {
    throw new AppError('invalid', 'The cursor is not one this list gave out', {
      errors: [{ field: 'cursor', message: 'is invalid' }],
    });
  }
}

/** `%`, `_` and `\` match themselves in the ILIKE pattern. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * Articles the actor may read, most recently updated first, filtered and cursor-paginated. `q` is a
 * plain substring match on title and body; ranked full-text search is the search module's job.
 */
export async function listArticles(options: {
  db: DbOrTx;
  actor: Actor;
  query: TListKbArticlesQuery;
}): Promise<TListKbArticlesResponse> {
  const { db, actor, query } = options;
  const filters: (SQL | undefined)[] = [
    articleVisibilityCondition(actor),
    // Archived articles are listed only when asked for by name.
    query.status ? eq(kbArticles.status, query.status) : sql`${kbArticles.status} <> 'archived'`,
    query.module ? or(eq(kbArticles.module, query.module), isNull(kbArticles.module)) : undefined,
    query.language ? eq(kbArticles.language, query.language) : undefined,
    query.tag ? sql`${kbArticles.tags} @> array[${query.tag}]::text[]` : undefined,
    query.q
      ? or(sql`${kbArticles.title} ilike ${likePattern(query.q)}`, sql`${kbArticles.body} ilike ${likePattern(query.q)}`)
      : undefined,
  ];
  const where = and(...filters);
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const page = cursor
    ? and(
        where,
        sql`(${kbArticles.updatedAt}, ${kbArticles.id}) < (${cursor.updatedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`,
      )
    : where;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ ...getTableColumns(kbArticles), authorName: users.name })
      .from(kbArticles)
      .leftJoin(users, eq(users.id, kbArticles.authorId))
      .where(page)
      .orderBy(desc(kbArticles.updatedAt), desc(kbArticles.id))
      .limit(query.limit + 1),
    db.select({ total: count() }).from(kbArticles).where(where),
  ]);
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(presentArticleSummary),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ updatedAt: last.updatedAt, id: last.id }) : null,
    total: Number(total),
  };
}
