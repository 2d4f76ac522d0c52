import { and, eq, notInArray, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { duplicateCandidates, helpRequests } from '../db/schema/index.ts';
import { reporterKeysOf, strongestMatch, textArrayLiteral } from './reporter-keys.ts';

export type DuplicateSettings = { windowDays: number; minSimilarity: number };

/** Requests of one reporter looked at per check, nearest in time first: bounds the work for prolific reporters. */
const NEIGHBOURS_LIMIT = 200;
/** Pairs kept per request, most similar first. */
const PAIRS_LIMIT = 10;

type Neighbour = { id: string; score: number; keys: string[] };

/**
 * Finds requests of the same reporter (account, e-mail, phone or name at the site) logged within
 * `windowDays` of this one whose summary is similar (pg_trgm), and stores each pair once. A pair
 * someone dismissed or merged keeps its decision; open pairs that no longer match are removed.
 */
export async function detectDuplicates(options: { db: Database; requestId: string; settings: DuplicateSettings }) {
  const { db, requestId, settings } = options;
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select({
        id: helpRequests.id,
        createdAt: helpRequests.createdAt,
        mergedIntoId: helpRequests.mergedIntoId,
        summary: sql<string>`sh_unaccent(lower(${helpRequests.summary}))`,
        keys: sql<string[]>`${reporterKeysOf()}`,
      })
      .from(helpRequests)
      .where(eq(helpRequests.id, requestId));
    if (!request || request.mergedIntoId || request.keys.length === 0) return 0;
    const window = sql`make_interval(days => ${settings.windowDays})`;
    const result = await tx.execute(sql`
      select id, score, keys from (
        select ${helpRequests.id} as id, similarity(sh_unaccent(lower(${helpRequests.summary})), ${request.summary}) as score,
          ${reporterKeysOf()} as keys
        from ${helpRequests}
        where ${reporterKeysOf()} && ${textArrayLiteral(request.keys)}::text[]
          and ${helpRequests.createdAt} between ${request.createdAt}::timestamptz - ${window} and ${request.createdAt}::timestamptz + ${window}
          and ${helpRequests.id} <> ${request.id} and ${helpRequests.mergedIntoId} is null
        order by abs(extract(epoch from ${helpRequests.createdAt} - ${request.createdAt}::timestamptz))
        limit ${NEIGHBOURS_LIMIT}
      ) near
      where score >= ${settings.minSimilarity}
      order by score desc, id
      limit ${PAIRS_LIMIT}`);
    const neighbours = (result as unknown as { rows: Neighbour[] }).rows;
    const pairs = neighbours.flatMap((other) => {
      const matchedOn = strongestMatch(request.keys, other.keys);
      if (!matchedOn) return [];
      const [a, b] = request.id < other.id ? [request.id, other.id] : [other.id, request.id];
      return [{ requestAId: a, requestBId: b, score: Number(other.score), matchedOn }];
    });
    const otherIds = neighbours.map((other) => other.id);
    // Open pairs of this request that no longer match (its summary was edited) go away.
    await tx
      .delete(duplicateCandidates)
      .where(
        and(
          eq(duplicateCandidates.status, 'open'),
          or(
            and(
              eq(duplicateCandidates.requestAId, request.id),
              otherIds.length ? notInArray(duplicateCandidates.requestBId, otherIds) : undefined,
            ),
            and(
              eq(duplicateCandidates.requestBId, request.id),
              otherIds.length ? notInArray(duplicateCandidates.requestAId, otherIds) : undefined,
            ),
          ),
        ),
      );
    if (pairs.length === 0) return 0;
    await tx
      .insert(duplicateCandidates)
      .values(pairs)
      .onConflictDoUpdate({
        target: [duplicateCandidates.requestAId, duplicateCandidates.requestBId],
        set: { score: sql`excluded.score`, matchedOn: sql`excluded.matched_on` },
        setWhere: eq(duplicateCandidates.status, 'open'),
      });
    return pairs.length;
  });
}
