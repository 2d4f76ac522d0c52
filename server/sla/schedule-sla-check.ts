import type { DbOrTx } from '../db/client.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { type ClockThresholds, nextThreshold } from './sla-clocks.ts';

export const SLA_CHECK_JOB = 'sla.check';

/**
 * Queues the check for the next warning or due instant (and one now when one has already
 * passed). Keyed by request and instant: the same moment is never queued twice, and a check
 * that finds the clocks moved since simply does nothing.
 */
export async function scheduleSlaCheck(tx: DbOrTx, requestId: string, thresholds: ClockThresholds[], now: Date) {
  const instants = [nextThreshold(thresholds, now)];
  if (thresholds.some((t) => t.warnAt <= now || t.dueAt <= now)) instants.push(now);
  for (const runAt of instants) {
    if (!runAt) continue;
    await enqueueJob(tx, SLA_CHECK_JOB, { requestId }, { runAt, singletonKey: `sla:${requestId}:${runAt.toISOString()}` });
  }
}
