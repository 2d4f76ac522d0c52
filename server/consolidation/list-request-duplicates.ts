import { eq, or } from 'drizzle-orm';
import type { TDuplicatePair } from '../../shared/consolidation-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { duplicateCandidates } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { presentPair, selectOpenPairs } from './pair-query.ts';

/** The open possible duplicates of one request that the actor may see, this request on side `a`. */
export async function listRequestDuplicates(options: { db: DbOrTx; actor: Actor; id: string }): Promise<TDuplicatePair[]> {
  const { db, actor } = options;
  const request = await loadRequestInScope(db, actor, options.id);
  const rows = await selectOpenPairs(
    db,
    actor,
    or(eq(duplicateCandidates.requestAId, request.id), eq(duplicateCandidates.requestBId, request.id)),
  ).orderBy(duplicateCandidates.score);
  return rows.reverse().map((row) => presentPair(actor, row, request.id));
}
