import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { POLL_JIRA_JOB } from './jira-job-names.ts';

/**
 * Makes sure one poll of this team's Jira is queued, no later than `runAt`. A poll reschedules its
 * successor while it still runs, so this cannot lean on a singleton key (which covers running jobs).
 */
export async function scheduleJiraPoll(tx: DbOrTx, options: { vendorTeamId: string; runAt: Date }) {
  const queued = await tx
    .update(jobs)
    .set({ runAt: sql`least(${jobs.runAt}, ${options.runAt.toISOString()}::timestamptz)` })
    .where(
      and(
        eq(jobs.name, POLL_JIRA_JOB),
        eq(jobs.status, 'queued'),
        sql`${jobs.payload}->>'vendorTeamId' = ${options.vendorTeamId}`,
      ),
    )
    .returning({ id: jobs.id });
  if (queued.length > 0) return queued[0].id;
  return enqueueJob(tx, POLL_JIRA_JOB, { vendorTeamId: options.vendorTeamId }, { runAt: options.runAt, maxAttempts: 1000 });
}
