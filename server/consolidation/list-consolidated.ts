import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TConsolidatedList, TConsolidatedQuery } from '../../shared/consolidation-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, sites, users } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { presentRequestSummary } from '../requests/present-request.ts';
import { consolidatedConditions, possibleDuplicateCount } from './consolidated-conditions.ts';
import { decodeCursor, encodeCursor } from './page-cursor.ts';

const assignee = alias(users, 'assignee');
const mergedInto = alias(helpRequests, 'merged_into');

/** The central register across the actor's sites, newest first, each row with its source and duplicate flag. */
export async function listConsolidated(options: {
  db: DbOrTx;
  actor: Actor;
  query: TConsolidatedQuery;
}): Promise<TConsolidatedList> {
  const { db, actor, query } = options;
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db
    .select({
      id: helpRequests.id,
      reference: helpRequests.reference,
      siteId: helpRequests.siteId,
      siteCode: sites.code,
      siteName: sites.name,
      module: helpRequests.module,
      channel: helpRequests.channel,
      summary: helpRequests.summary,
      category: helpRequests.category,
      urgency: helpRequests.urgency,
      level: helpRequests.level,
      status: helpRequests.status,
      l3State: helpRequests.l3State,
      assigneeId: helpRequests.assigneeId,
      assigneeName: assignee.name,
      reporterName: helpRequests.reporterName,
      reporterContact: helpRequests.reporterContact,
      vendorTeamId: helpRequests.vendorTeamId,
      firstResponseDueAt: helpRequests.firstResponseDueAt,
      resolutionDueAt: helpRequests.resolutionDueAt,
      slaDueAt: helpRequests.slaDueAt,
      slaWarnAt: helpRequests.slaWarnAt,
      slaPausedAt: helpRequests.slaPausedAt,
      criticalAcknowledgedAt: helpRequests.criticalAcknowledgedAt,
      createdAt: helpRequests.createdAt,
      updatedAt: helpRequests.updatedAt,
      source: helpRequests.source,
      mergedIntoReference: mergedInto.reference,
      possibleDuplicateCount: possibleDuplicateCount(actor),
    })
    .from(helpRequests)
    .innerJoin(sites, eq(sites.id, helpRequests.siteId))
    .leftJoin(assignee, eq(assignee.id, helpRequests.assigneeId))
    .leftJoin(mergedInto, eq(mergedInto.id, helpRequests.mergedIntoId))
    .where(
      and(
        consolidatedConditions(actor, query),
        cursor
          ? sql`(${helpRequests.createdAt}, ${helpRequests.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(helpRequests.createdAt), desc(helpRequests.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      ...presentRequestSummary(row),
      siteName: row.siteName,
      reporterContact: row.reporterContact,
      source: row.source,
      mergedIntoReference: row.mergedIntoReference,
      possibleDuplicateCount: Number(row.possibleDuplicateCount),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}
