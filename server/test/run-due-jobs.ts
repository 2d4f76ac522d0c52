import type { Database } from '../db/client.ts';
import { claimJobs, type JobHandler, runJob } from '../jobs/job-worker.ts';

/** Runs every due job these handlers know, including jobs those jobs queue, until none is left. */
export async function runDueJobs(db: Database, handlers: Record<string, JobHandler>): Promise<number> {
  let count = 0;
  for (;;) {
    const claimed = await claimJobs(db, Object.keys(handlers), 20);
    if (claimed.length === 0) return count;
    for (const job of claimed) await runJob(db, job, handlers[job.name]);
    count += claimed.length;
  }
}
