import { and, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TConsolidatedQuery } from '../../shared/consolidation-schemas.ts';
import { duplicateCandidates, helpRequests } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { requestScopeCondition } from '../policies/request-policy.ts';

const other = alias(helpRequests, 'other_request');
/** In raw SQL an alias renders as its name only; this is the `from` item. */
const otherTable = sql`help_requests as other_request`;

/** The other request of a pair must be unmerged and one the actor sees, or the pair is not shown. */
function otherSideVisible(actor: Actor): SQL {
  return and(isNull(other.mergedIntoId), requestScopeCondition(actor, other)) ?? sql`true`;
}

/** How many open possible duplicates the row has that the actor may see. */
export function possibleDuplicateCount(actor: Actor): SQL<number> {
  return sql<number>`(select count(*)::int from ${duplicateCandidates}
    join ${otherTable} on ${other.id} = case when ${duplicateCandidates.requestAId} = ${helpRequests.id}
      then ${duplicateCandidates.requestBId} else ${duplicateCandidates.requestAId} end
    where (${duplicateCandidates.requestAId} = ${helpRequests.id} or ${duplicateCandidates.requestBId} = ${helpRequests.id})
      and ${duplicateCandidates.status} = 'open' and ${otherSideVisible(actor)})`;
}

/** Rows with at least one open possible duplicate the actor may see; driven from the (small) pairs table. */
function isFlagged(actor: Actor): SQL {
  const open = sql`${duplicateCandidates.status} = 'open' and ${otherSideVisible(actor)}`;
  return sql`${helpRequests.id} in (
    select ${duplicateCandidates.requestAId} from ${duplicateCandidates} join ${otherTable} on ${other.id} = ${duplicateCandidates.requestBId} where ${open}
    union all
    select ${duplicateCandidates.requestBId} from ${duplicateCandidates} join ${otherTable} on ${other.id} = ${duplicateCandidates.requestAId} where ${open})`;
}

export const viaOf = sql<string>`(${helpRequests.source} ->> 'via')`;

/** The consolidated view's filters over the actor's scope; `forCounts` leaves out the source and channel filters the chart breaks down by. */
export function consolidatedConditions(actor: Actor, query: TConsolidatedQuery, options: { forCounts?: boolean } = {}) {
  return and(
    requestScopeCondition(actor),
    query.includeMerged ? undefined : isNull(helpRequests.mergedIntoId),
    query.siteId?.length ? inArray(helpRequests.siteId, query.siteId) : undefined,
    query.status?.length ? inArray(helpRequests.status, query.status) : undefined,
    !options.forCounts && query.via?.length ? inArray(viaOf, query.via) : undefined,
    !options.forCounts && query.channel?.length ? inArray(helpRequests.channel, query.channel) : undefined,
    query.isFlagged ? isFlagged(actor) : undefined,
  );
}
