import { and, count, eq, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDuplicatePair, TMatchedOn, TPairSide } from '../../shared/consolidation-schemas.ts';
import type { Status } from '../../shared/constants.ts';
import type { DbOrTx } from '../db/client.ts';
import { duplicateCandidates, helpRequests, sites } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { duplicateAbilities } from '../policies/consolidation-policy.ts';
import { requestScopeCondition } from '../policies/request-policy.ts';

export const requestA = alias(helpRequests, 'request_a');
export const requestB = alias(helpRequests, 'request_b');
const siteA = alias(sites, 'site_a');
const siteB = alias(sites, 'site_b');

const sideColumns = (request: typeof requestA | typeof requestB, site: typeof siteA | typeof siteB) => ({
  id: request.id,
  reference: request.reference,
  siteId: request.siteId,
  siteCode: site.code,
  summary: request.summary,
  status: request.status,
  level: request.level,
  module: request.module,
  channel: request.channel,
  source: request.source,
  reporterId: request.reporterId,
  reporterName: request.reporterName,
  vendorTeamId: request.vendorTeamId,
  mergedIntoId: request.mergedIntoId,
  createdAt: request.createdAt,
});

function openPairCondition(actor: Actor, where?: SQL) {
  return and(
    eq(duplicateCandidates.status, 'open'),
    isNull(requestA.mergedIntoId),
    isNull(requestB.mergedIntoId),
    requestScopeCondition(actor, requestA),
    requestScopeCondition(actor, requestB),
    where,
  );
}

/** How many open pairs the actor sees both requests of. */
export async function countOpenPairs(db: DbOrTx, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(duplicateCandidates)
    .innerJoin(requestA, eq(requestA.id, duplicateCandidates.requestAId))
    .innerJoin(requestB, eq(requestB.id, duplicateCandidates.requestBId))
    .where(openPairCondition(actor));
  return Number(row?.value ?? 0);
}

/**
 * Open possible-duplicate pairs where the actor sees both requests and neither was merged away;
 * `where` narrows further. Newest detection first.
 */
export function selectOpenPairs(db: DbOrTx, actor: Actor, where?: SQL) {
  return db
    .select({
      id: duplicateCandidates.id,
      score: duplicateCandidates.score,
      matchedOn: duplicateCandidates.matchedOn,
      detectedAt: duplicateCandidates.detectedAt,
      a: sideColumns(requestA, siteA),
      b: sideColumns(requestB, siteB),
    })
    .from(duplicateCandidates)
    .innerJoin(requestA, eq(requestA.id, duplicateCandidates.requestAId))
    .innerJoin(requestB, eq(requestB.id, duplicateCandidates.requestBId))
    .innerJoin(siteA, eq(siteA.id, requestA.siteId))
    .innerJoin(siteB, eq(siteB.id, requestB.siteId))
    .where(openPairCondition(actor, where));
}

type PairRow = Awaited<ReturnType<typeof selectOpenPairs>>[number];
type SideRow = PairRow['a'];

function presentSide(side: SideRow): TPairSide {
  return {
    id: side.id,
    reference: side.reference,
    siteCode: side.siteCode,
    summary: side.summary,
    status: side.status as Status,
    level: side.level,
    channel: side.channel,
    source: side.source,
    reporterName: side.reporterName,
    createdAt: side.createdAt.toISOString(),
  };
}

/** A pair as the client shows it; `firstId` puts that request on side `a` (the request page's own). */
export function presentPair(actor: Actor, row: PairRow, firstId?: string): TDuplicatePair {
  const [a, b] = firstId && row.b.id === firstId ? [row.b, row.a] : [row.a, row.b];
  return {
    id: row.id,
    score: Math.round(row.score * 100) / 100,
    matchedOn: row.matchedOn as TMatchedOn,
    detectedAt: row.detectedAt.toISOString(),
    a: presentSide(a),
    b: presentSide(b),
    abilities: duplicateAbilities(actor, a, b),
  };
}
