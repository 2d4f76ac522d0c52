import type { DbOrTx } from '../db/client.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import type { QueuedJob } from '../jobs/enqueue-jobs.ts';
import { type ClockThresholds, nextThreshold } from './sla-clocks.ts';

export const SLA_CHECK_JOB = 'sla.check';

/**
 * The checks to queue for the next warning or due instant (and one now when one has already
 * passed). Keyed by request and instant: the same moment is never queued twice, and a check
 * that finds the clocks moved since simply does nothing.
 */
export function slaCheckJobs(requestId: string, thresholds: ClockThresholds[], now: Date): QueuedJob[] {
  const instants = [nextThreshold(thresholds, now)];
  if (thresholds.some((t) => t.warnAt <= now || t.dueAt <= now)) instants.push(now);
  return instants.flatMap((runAt) =>
    runAt
      ? [{ name: SLA_CHECK_JOB, payload: { requestId }, runAt, singletonKey: `sla:${requestId}:${runAt.toISOString()}` }]
      : [],
  );
}

/** Queues the request's next SLA checks in the caller's transaction. */
export async function scheduleSlaCheck(tx: DbOrTx, requestId: string, thresholds: ClockThresholds[], now: Date) {
  for (const job of slaCheckJobs(requestId, thresholds, now)) {
    await enqueueJob(tx, job.name, job.payload, { runAt: job.runAt, singletonKey: job.singletonKey });
  }
}
