import { and, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { TSlaReport, TSlaReportRow } from '../../shared/sla-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, sites, slaAlerts } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { requestScopeCondition } from '../policies/request-policy.ts';

const month = (column: unknown) => sql<string>`to_char(date_trunc('month', ${column} at time zone 'UTC'), 'YYYY-MM')`;

/**
 * Met and breached per site, level and month, over the requests the caller may see. Breached:
 * requests with an SLA breach that month (at the level they were at). Met: requests resolved
 * that month without any breach.
 */
export async function slaReport(options: { db: DbOrTx; actor: Actor; from?: string; to?: string }): Promise<TSlaReport> {
  const { db, actor } = options;
  const from = new Date(`${options.from ?? new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`);
  const to = options.to
    ? new Date(new Date(`${options.to}T00:00:00Z`).getTime() + 86_400_000)
    : new Date(Date.now() + 86_400_000);
  const scope = requestScopeCondition(actor);
  const breachMonth = month(slaAlerts.createdAt);
  const breached = await db
    .select({
      month: breachMonth,
      siteId: slaAlerts.siteId,
      siteCode: sites.code,
      level: slaAlerts.level,
      count: sql<number>`count(distinct ${slaAlerts.requestId})::int`,
    })
    .from(slaAlerts)
    .innerJoin(helpRequests, eq(helpRequests.id, slaAlerts.requestId))
    .innerJoin(sites, eq(sites.id, slaAlerts.siteId))
    .where(and(eq(slaAlerts.kind, 'breach'), gte(slaAlerts.createdAt, from), lt(slaAlerts.createdAt, to), scope))
    .groupBy(breachMonth, slaAlerts.siteId, sites.code, slaAlerts.level);
  const resolvedMonth = month(helpRequests.resolvedAt);
  const met = await db
    .select({
      month: resolvedMonth,
      siteId: helpRequests.siteId,
      siteCode: sites.code,
      level: helpRequests.level,
      count: sql<number>`count(*)::int`,
    })
    .from(helpRequests)
    .innerJoin(sites, eq(sites.id, helpRequests.siteId))
    .where(
      and(
        isNotNull(helpRequests.resolvedAt),
        gte(helpRequests.resolvedAt, from),
        lt(helpRequests.resolvedAt, to),
        sql`not exists (select 1 from ${slaAlerts} where ${slaAlerts.requestId} = ${helpRequests.id} and ${slaAlerts.kind} = 'breach')`,
        scope,
      ),
    )
    .groupBy(resolvedMonth, helpRequests.siteId, sites.code, helpRequests.level);
  const rows = new Map<string, TSlaReportRow>();
  const rowFor = (r: { month: string; siteId: string; siteCode: string; level: number }) => {
    const key = `${r.month}:${r.siteId}:${r.level}`;
    const row = rows.get(key) ?? { month: r.month, siteId: r.siteId, siteCode: r.siteCode, level: r.level, met: 0, breached: 0 };
    rows.set(key, row);
    return row;
  };
  for (const r of breached) rowFor(r).breached += Number(r.count);
  for (const r of met) rowFor(r).met += Number(r.count);
  const sorted = [...rows.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || a.siteCode.localeCompare(b.siteCode) || a.level - b.level,
  );
  return { rows: sorted };
}
