import { and, eq, lt } from 'drizzle-orm';
import type { TSite } from '../../shared/schemas.ts';
import type { Database } from '../db/client.ts';
import { jobs, users } from '../db/schema/index.ts';
import { SLA_CHECK_JOB } from '../sla/schedule-sla-check.ts';
import { saveSiteCalendar } from '../sla/site-calendars.ts';

/** Before the requests: Jordan works Sunday to Thursday, 08:00–15:00. */
export async function seedSlaSettings(db: Database, sites: Map<string, TSite>) {
  const jordan = sites.get('JOR');
  if (jordan) {
    await saveSiteCalendar({
      db,
      siteId: jordan.id,
      input: {
        timeZone: jordan.timeZone,
        workingDays: [7, 1, 2, 3, 4],
        hours: [{ start: '08:00', end: '15:00' }],
        holidays: ['2026-05-25', '2026-12-25'],
      },
    });
  }
}

/**
 * After the requests: the help desk lead goes on duty for critical paging from now on, and the
 * demo's invented history does not mail out its old SLA warnings and breaches.
 */
export async function finishSlaSeed(db: Database, now = new Date()) {
  await db.update(users).set({ isOnDuty: true }).where(eq(users.email, 'help_desk@demo.test'));
  await db.delete(jobs).where(and(eq(jobs.name, SLA_CHECK_JOB), eq(jobs.status, 'queued'), lt(jobs.runAt, now)));
}
