import { and, desc, inArray, or, sql } from 'drizzle-orm';
import type { TDuplicatePairList } from '../../shared/consolidation-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { duplicateCandidates } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { decodeCursor, encodeCursor } from './page-cursor.ts';
import { presentPair, requestA, requestB, selectOpenPairs } from './pair-query.ts';

/** Open possible-duplicate pairs across the actor's sites, newest detection first. */
export async function listDuplicatePairs(options: {
  db: DbOrTx;
  actor: Actor;
  query: { siteId?: string[]; cursor?: string; limit: number };
}): Promise<TDuplicatePairList> {
  const { db, actor, query } = options;
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await selectOpenPairs(
    db,
    actor,
    and(
      query.siteId?.length ? or(inArray(requestA.siteId, query.siteId), inArray(requestB.siteId, query.siteId)) : undefined,
      cursor
        ? sql`(${duplicateCandidates.detectedAt}, ${duplicateCandidates.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
        : undefined,
    ),
  )
    .orderBy(desc(duplicateCandidates.detectedAt), desc(duplicateCandidates.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => presentPair(actor, row)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.detectedAt, last.id) : null,
  };
}
