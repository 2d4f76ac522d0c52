import { and, eq } from 'drizzle-orm';
import type { Urgency } from '../../shared/constants.ts';
import type { TBusinessCalendar, TSlaPolicy } from '../../shared/sla-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { businessCalendars, sites, slaPolicies } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { DEFAULT_WORKING_TIME, defaultSlaPolicy } from './default-sla.ts';

type PolicyRow = typeof slaPolicies.$inferSelect;

export const presentPolicy = (row: PolicyRow): TSlaPolicy => ({
  urgency: row.urgency as Urgency,
  level: row.level as 1 | 2 | 3,
  firstResponseMinutes: row.firstResponseMinutes,
  nextResponseMinutes: row.nextResponseMinutes,
  resolutionMinutes: row.resolutionMinutes,
  warnPercent: row.warnPercent,
});

/** A site's calendar in its time zone: its own row, or the default working week. */
export async function loadSiteCalendar(db: DbOrTx, siteId: string): Promise<TBusinessCalendar & { isCustom: boolean }> {
  const [row] = await db
    .select({ timeZone: sites.timeZone, calendar: businessCalendars })
    .from(sites)
    .leftJoin(businessCalendars, eq(businessCalendars.siteId, sites.id))
    .where(eq(sites.id, siteId));
  if (!row) throw notFound('No such site');
  if (!row.calendar) return { timeZone: row.timeZone, ...DEFAULT_WORKING_TIME, isCustom: false };
  return {
    timeZone: row.timeZone,
    workingDays: row.calendar.workingDays,
    hours: row.calendar.hours,
    holidays: row.calendar.holidays,
    isCustom: true,
  };
}

/** The targets for one urgency and level: the saved row, or the built-in default. */
export async function loadSlaPolicy(db: DbOrTx, urgency: Urgency, level: 1 | 2 | 3): Promise<TSlaPolicy> {
  const [row] = await db
    .select()
    .from(slaPolicies)
    .where(and(eq(slaPolicies.urgency, urgency), eq(slaPolicies.level, level)));
  return row ? presentPolicy(row) : defaultSlaPolicy(urgency, level);
}
