import { type SQL, and, asc, count, desc, eq, gt, gte, ilike, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TListHelpRequestsQuery, TListHelpRequestsResponse } from '../../shared/schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, sites, users } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requestScopeCondition } from '../policies/request-policy.ts';
import { presentRequestSummary } from './present-request.ts';

const assignee = alias(users, 'assignee');

const SORT_COLUMNS = {
  createdAt: helpRequests.createdAt,
  updatedAt: helpRequests.updatedAt,
  urgency: helpRequests.urgencyRank,
  reference: helpRequests.reference,
} as const;

type CursorValue = string | number;

const encodeCursor = (value: CursorValue, id: string) => Buffer.from(JSON.stringify([value, id])).toString('base64url');

function decodeCursor(cursor: string): [CursorValue, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') return parsed as [CursorValue, string];
  } catch {
    // fall through to the error below
  }
  throw new AppError('invalid', 'The cursor is not one this API gave out', { errors: [{ field: 'cursor', message: 'is malformed' }] });
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);

function endOfDay(value: string) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999Z`) : new Date(value);
}

/** Filter conditions shared by the list and its counts (the status filter is applied separately). */
export function filterConditions(actor: Actor, query: TListHelpRequestsQuery): (SQL | undefined)[] {
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
    pattern
      ? or(
          ilike(helpRequests.summary, pattern),
          ilike(helpRequests.reference, pattern),
          ilike(helpRequests.reporterName, pattern),
          ilike(helpRequests.description, pattern),
        )
      : undefined,
    query.createdFrom ? gte(helpRequests.createdAt, new Date(query.createdFrom)) : undefined,
    query.createdTo ? lte(helpRequests.createdAt, endOfDay(query.createdTo)) : undefined,
  ];
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
  const sortColumn = SORT_COLUMNS[query.sort];
  const isDesc = query.order === 'desc';

  let cursorCondition: SQL | undefined;
  if (query.cursor) {
    const [rawValue, id] = decodeCursor(query.cursor);
    const value = query.sort === 'createdAt' || query.sort === 'updatedAt' ? new Date(rawValue) : rawValue;
    const beyond = isDesc ? lt : gt;
    cursorCondition = or(beyond(sortColumn, value), and(eq(sortColumn, value), beyond(helpRequests.id, id)));
  }

  const rows = await db
    .select({
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
      createdAt: helpRequests.createdAt,
      updatedAt: helpRequests.updatedAt,
      urgencyRank: helpRequests.urgencyRank,
    })
    .from(helpRequests)
    .innerJoin(sites, eq(sites.id, helpRequests.siteId))
    .leftJoin(assignee, eq(assignee.id, helpRequests.assigneeId))
    .where(and(base, statusFilter, cursorCondition))
    .orderBy(isDesc ? desc(sortColumn) : asc(sortColumn), isDesc ? desc(helpRequests.id) : asc(helpRequests.id))
    .limit(query.limit + 1);

  const statusCounts = await db
    .select({ status: helpRequests.status, value: count() })
    .from(helpRequests)
    .where(base)
    .groupBy(helpRequests.status);

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const sortValue = (row: (typeof rows)[number]): CursorValue => {
    if (query.sort === 'urgency') return row.urgencyRank;
    if (query.sort === 'reference') return row.reference;
    return row[query.sort].toISOString();
  };
  const countsByStatus = Object.fromEntries(statusCounts.map((row) => [row.status, Number(row.value)]));
  const total = statusCounts
    .filter((row) => !query.status?.length || query.status.includes(row.status as never))
    .reduce((sum, row) => sum + Number(row.value), 0);
  return {
    items: page.map(presentRequestSummary),
    nextCursor: rows.length > query.limit && last ? encodeCursor(sortValue(last), last.id) : null,
    total,
    countsByStatus,
  };
}

