import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TExportQuery } from '../../shared/register-schemas.ts';
import type { TListHelpRequestsQuery } from '../../shared/schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, sites, users } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { filterConditions } from '../requests/list-requests.ts';

const assignee = alias(users, 'export_assignee');
const PAGE = 1000;

/** The register's own filters (scope included), so an export holds exactly what the list shows. */
export function exportCondition(actor: Actor, query: TExportQuery): SQL | undefined {
  const listQuery = { ...query, sort: 'createdAt', order: 'asc', limit: 1 } as TListHelpRequestsQuery;
  return and(
    ...filterConditions(actor, listQuery),
    query.status?.length ? inArray(helpRequests.status, query.status) : undefined,
  );
}

export async function countExportRows(db: DbOrTx, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ value: count() }).from(helpRequests).where(where);
  return Number(row.value);
}

const selection = {
  id: helpRequests.id,
  reference: helpRequests.reference,
  siteCode: sites.code,
  createdAt: helpRequests.createdAt,
  updatedAt: helpRequests.updatedAt,
  reporterName: helpRequests.reporterName,
  reporterContact: helpRequests.reporterContact,
  channel: helpRequests.channel,
  module: helpRequests.module,
  category: helpRequests.category,
  urgency: helpRequests.urgency,
  summary: helpRequests.summary,
  description: helpRequests.description,
  status: helpRequests.status,
  resolutionSummary: helpRequests.resolutionSummary,
  level: helpRequests.level,
  assigneeName: assignee.name,
  source: helpRequests.source,
  // Full microsecond precision for the keyset; a JS Date would round it.
  cursorAt: sql<string>`${helpRequests.createdAt}::text`,
};

type RequestRow = typeof helpRequests.$inferSelect;
export type ExportRow = Pick<
  RequestRow,
  | 'id'
  | 'reference'
  | 'createdAt'
  | 'updatedAt'
  | 'reporterName'
  | 'reporterContact'
  | 'channel'
  | 'module'
  | 'category'
  | 'urgency'
  | 'summary'
  | 'description'
  | 'status'
  | 'resolutionSummary'
  | 'level'
  | 'source'
> & { siteCode: string; assigneeName: string | null; cursorAt: string };

/** Matching requests oldest first, a page at a time (keyset on created_at, id), so memory stays flat. */
export async function* exportRows(db: DbOrTx, where: SQL | undefined): AsyncGenerator<ExportRow[]> {
  let after: { cursorAt: string; id: string } | null = null;
  for (;;) {
    const keyset: SQL | undefined = after
      ? sql`(${helpRequests.createdAt}, ${helpRequests.id}) > (${after.cursorAt}::timestamptz, ${after.id}::uuid)`
      : undefined;
    const page: ExportRow[] = await db
      .select(selection)
      .from(helpRequests)
      .innerJoin(sites, eq(sites.id, helpRequests.siteId))
      .leftJoin(assignee, eq(assignee.id, helpRequests.assigneeId))
      .where(and(where, keyset))
      .orderBy(asc(helpRequests.createdAt), asc(helpRequests.id))
      .limit(PAGE);
    if (page.length === 0) return;
    yield page;
    const last: ExportRow = page[page.length - 1];
    after = { cursorAt: last.cursorAt, id: last.id };
    if (page.length < PAGE) return;
  }
}
