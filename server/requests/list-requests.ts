import { and, asc, count, desc, eq, gt, gte, ilike, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { OPEN_STATUSES } from '../../shared/constants.ts';
import type { TListHelpRequestsQuery, TListHelpRequestsResponse } from '../../shared/schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, sites, users } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requestScopeCondition, seesPinnedCriticals } from '../policies/request-policy.ts';
import { presentRequestSummary } from './present-request.ts';

const assignee = alias(users, 'assignee');

export const COUNT_CAP = 2000;

const SUMMARY_COLUMNS = {
  id: helpRequests.id,
  reference: helpRequests.reference,
  siteId: helpRequests.siteId,
  siteCode: sites.code,
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
  vendorTeamId: helpRequests.vendorTeamId,
  firstResponseDueAt: helpRequests.firstResponseDueAt,
  resolutionDueAt: helpRequests.resolutionDueAt,
  slaDueAt: helpRequests.slaDueAt,
  slaWarnAt: helpRequests.slaWarnAt,
  slaPausedAt: helpRequests.slaPausedAt,
  criticalAcknowledgedAt: helpRequests.criticalAcknowledgedAt,
  createdAt: helpRequests.createdAt,
  updatedAt: helpRequests.updatedAt,
  urgencyRank: helpRequests.urgencyRank,
};

/** The same expression as the trigram index in migration 0001, so the index serves the filter. */
const SEARCH_TEXT = sql`(${helpRequests.summary} || ' ' || ${helpRequests.reference} || ' ' || coalesce(${helpRequests.reporterName}, '') || ' ' || ${helpRequests.description})`;

const DUE_KEY = sql`coalesce(${helpRequests.slaDueAt}, 'infinity'::timestamptz)`;

/** Sort keys by sort name; the id always breaks ties, so the order and the cursor are total. */
const SORT_KEYS = {
  createdAt: [helpRequests.createdAt],
  updatedAt: [helpRequests.updatedAt],
  // Most urgent first, and within one urgency the oldest first: the order a queue is worked in.
  urgency: [helpRequests.urgencyRank, helpRequests.createdAt],
  reference: [helpRequests.reference],
  // Soonest SLA due first; requests with no running clock last.
  due: [DUE_KEY, helpRequests.createdAt],
} as const;

type CursorValue = string | number;

const encodeCursor = (values: CursorValue[], id: string) => Buffer.from(JSON.stringify([...values, id])).toString('base64url');

function decodeCursor(cursor: string, keyCount: number): { values: CursorValue[]; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === keyCount + 1 && typeof parsed.at(-1) === 'string') {
      return { values: parsed.slice(0, -1), id: parsed.at(-1) };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('invalid', 'The cursor is not one this API gave out', {
    errors: [{ field: 'cursor', message: 'is malformed' }],
  });
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);

function endOfDay(value: string) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999Z`) : new Date(value);
}

/** Filter conditions shared by the list and its counts (the status filter is applied separately). */
export function filterConditions(actor: Actor, query: TListHelpRequestsQuery, now = new Date()): (SQL | undefined)[] {
  const q = query.q?.trim();
  const pattern = q ? `%${escapeLike(q)}%` : undefined;
  return [
    requestScopeCondition(actor),
    query.siteId?.length ? inArray(helpRequests.siteId, query.siteId) : undefined,
    query.module?.length ? inArray(helpRequests.module, query.module) : undefined,
    query.level?.length ? inArray(helpRequests.level, query.level) : undefined,
    query.urgency?.length ? inArray(helpRequests.urgency, query.urgency) : undefined,
    query.channel?.length ? inArray(helpRequests.channel, query.channel) : undefined,
    query.vendorTeamId ? eq(helpRequests.vendorTeamId, query.vendorTeamId) : undefined,
    query.assigneeId === 'none'
      ? isNull(helpRequests.assigneeId)
      : query.assigneeId
        ? eq(helpRequests.assigneeId, query.assigneeId === 'me' ? actor.id : query.assigneeId)
        : undefined,
    pattern ? ilike(SEARCH_TEXT, pattern) : undefined,
    query.createdFrom ? gte(helpRequests.createdAt, new Date(query.createdFrom)) : undefined,
    query.createdTo ? lte(helpRequests.createdAt, endOfDay(query.createdTo)) : undefined,
    slaCondition(query.sla, now),
  ];
}

/** Breaching soon: past the warning share of a running clock, not yet due. Breached: overdue now. */
function slaCondition(sla: TListHelpRequestsQuery['sla'], now: Date): SQL | undefined {
  if (sla === 'breached') return lte(helpRequests.slaDueAt, now);
  if (sla === 'breaching_soon') return and(lte(helpRequests.slaWarnAt, now), gt(helpRequests.slaDueAt, now));
  return undefined;
}

export async function listRequests(options: {
  db: DbOrTx;
  actor: Actor;
  query: TListHelpRequestsQuery;
  extraCondition?: SQL;
}): Promise<TListHelpRequestsResponse> {
  const { db, actor, query } = options;
  const base = and(...filterConditions(actor, query), options.extraCondition);
  const statusFilter = query.status?.length ? inArray(helpRequests.status, query.status) : undefined;
  const sortKeys = SORT_KEYS[query.sort];
  const isDesc = query.order === 'desc';

  let cursorCondition: SQL | undefined;
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor, sortKeys.length);
    const values = cursor.values.map((value, index) => {
      const key = sortKeys[index];
      if (key === DUE_KEY) return sql`${String(value)}::timestamptz`;
      return key === helpRequests.createdAt || key === helpRequests.updatedAt ? new Date(value) : value;
    });
    // A row comparison matches the (keys…, id) index order in both directions.
    const columns = sql.join([...sortKeys, helpRequests.id], sql`, `);
    const bound = sql.join(
      [...values, cursor.id].map((value) => sql`${value}`),
      sql`, `,
    );
    cursorCondition = isDesc ? sql`(${columns}) < (${bound})` : sql`(${columns}) > (${bound})`;
  }

  const pageQuery = db
    .select(SUMMARY_COLUMNS)
    .from(helpRequests)
    .innerJoin(sites, eq(sites.id, helpRequests.siteId))
    .leftJoin(assignee, eq(assignee.id, helpRequests.assigneeId))
    .where(and(base, statusFilter, cursorCondition))
    .orderBy(...[...sortKeys, helpRequests.id].map((column) => (isDesc ? desc(column) : asc(column))))
    .limit(query.limit + 1);

  // Counting stops at COUNT_CAP matching rows so a broad filter over a big register stays fast;
  // the client shows "2,000+" and narrower filters give exact figures.
  // Independent queries: on PostgreSQL they run on separate pooled connections at once.
  const [rows, countsByStatus, filteredCounts, pinned] = await Promise.all([
    pageQuery,
    countCapped(db, base),
    statusFilter ? countCapped(db, and(base, statusFilter)) : null,
    query.cursor ? [] : listPinnedCriticals(db, actor),
  ]);
  const totals = filteredCounts ?? countsByStatus;
  const total = Object.values(totals).reduce((sum, value) => sum + value, 0);

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const sortValues = (row: (typeof rows)[number]): CursorValue[] => {
    if (query.sort === 'urgency') return [row.urgencyRank, row.createdAt.toISOString()];
    if (query.sort === 'reference') return [row.reference];
    if (query.sort === 'due') return [row.slaDueAt?.toISOString() ?? 'infinity', row.createdAt.toISOString()];
    return [row[query.sort].toISOString()];
  };
  return {
    items: page.map(presentRequestSummary),
    nextCursor: rows.length > query.limit && last ? encodeCursor(sortValues(last), last.id) : null,
    total: Math.min(total, COUNT_CAP),
    isTotalCapped: total > COUNT_CAP,
    countsByStatus,
    pinned,
  };
}

async function countCapped(db: DbOrTx, where: SQL | undefined): Promise<Record<string, number>> {
  const matching = db
    .select({ status: helpRequests.status })
    .from(helpRequests)
    .where(where)
    .limit(COUNT_CAP + 1)
    .as('matching');
  const rows = await db.select({ status: matching.status, value: count() }).from(matching).groupBy(matching.status);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.value)]));
}

/** Critical requests no level-2 person has acknowledged yet, oldest first, for the top of a level-2 register. */
async function listPinnedCriticals(db: DbOrTx, actor: Actor) {
  if (!seesPinnedCriticals(actor)) return [];
  const rows = await db
    .select(SUMMARY_COLUMNS)
    .from(helpRequests)
    .innerJoin(sites, eq(sites.id, helpRequests.siteId))
    .leftJoin(assignee, eq(assignee.id, helpRequests.assigneeId))
    .where(
      and(
        requestScopeCondition(actor),
        eq(helpRequests.urgency, 'critical'),
        isNull(helpRequests.criticalAcknowledgedAt),
        inArray(helpRequests.status, [...OPEN_STATUSES]),
      ),
    )
    .orderBy(asc(helpRequests.createdAt))
    .limit(20);
  return rows.map(presentRequestSummary);
}
