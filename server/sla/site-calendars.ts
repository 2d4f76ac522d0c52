import { asc, eq, sql } from 'drizzle-orm';
import type { TBusinessCalendarInput, TSiteCalendar } from '../../shared/sla-schemas.ts';
import { ZBusinessCalendarInput } from '../../shared/sla-schemas.ts';
import type { Database } from '../db/client.ts';
import { businessCalendars, sites } from '../db/schema/index.ts';
import { AppError, notFound } from '../errors.ts';
import { isValidTimeZone } from './business-hours.ts';
import { DEFAULT_WORKING_TIME } from './default-sla.ts';
import { queueSlaRecompute } from './recompute-sla-clocks.ts';

type Row = { site: typeof sites.$inferSelect; calendar: typeof businessCalendars.$inferSelect | null };

const present = ({ site, calendar }: Row): TSiteCalendar => ({
  siteId: site.id,
  siteCode: site.code,
  siteName: site.name,
  timeZone: site.timeZone,
  workingDays: calendar?.workingDays ?? DEFAULT_WORKING_TIME.workingDays,
  hours: calendar?.hours ?? DEFAULT_WORKING_TIME.hours,
  holidays: calendar?.holidays ?? DEFAULT_WORKING_TIME.holidays,
  isCustom: calendar !== null,
});

const selectCalendars = (db: Database) =>
  db
    .select({ site: sites, calendar: businessCalendars })
    .from(sites)
    .leftJoin(businessCalendars, eq(businessCalendars.siteId, sites.id));

/** Every site's calendar (the default for sites without one), by site code. */
export async function listSiteCalendars(options: { db: Database }): Promise<TSiteCalendar[]> {
  const rows = await selectCalendars(options.db).orderBy(asc(sites.code));
  return rows.map(present);
}

export async function getSiteCalendar(options: { db: Database; siteId: string }): Promise<TSiteCalendar> {
  const [row] = await selectCalendars(options.db).where(eq(sites.id, options.siteId));
  if (!row) throw notFound('No such site');
  return present(row);
}

/**
 * Saves a site's working days, hours, holidays and time zone (the site's own), and queues the
 * recompute of the due times of the site's open requests on the new calendar.
 */
export async function saveSiteCalendar(options: {
  db: Database;
  siteId: string;
  input: TBusinessCalendarInput;
  now?: Date;
}): Promise<TSiteCalendar> {
  const input = ZBusinessCalendarInput.parse(options.input);
  if (!isValidTimeZone(input.timeZone)) {
    throw new AppError('invalid', 'Unknown time zone', {
      errors: [{ field: 'timeZone', message: 'is not an IANA time zone such as Africa/Nairobi' }],
    });
  }
  const now = options.now ?? new Date();
  await options.db.transaction(async (tx) => {
    const [site] = await tx.update(sites).set({ timeZone: input.timeZone }).where(eq(sites.id, options.siteId)).returning();
    if (!site) throw notFound('No such site');
    const values = { workingDays: input.workingDays, hours: input.hours, holidays: input.holidays, updatedAt: now };
    await tx
      .insert(businessCalendars)
      .values({ siteId: site.id, ...values })
      .onConflictDoUpdate({
        target: businessCalendars.siteId,
        set: {
          workingDays: sql`excluded.working_days`,
          hours: sql`excluded.hours`,
          holidays: sql`excluded.holidays`,
          updatedAt: now,
        },
      });
    await queueSlaRecompute(tx, { kind: 'site', siteId: site.id }, now);
  });
  return getSiteCalendar({ db: options.db, siteId: options.siteId });
}
