import type { DbOrTx } from '../db/client.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { PRUNE_OUTBOX_JOB } from './mail-job-names.ts';

/**
 * Queues the outbox pruning for `runAt`, once per day: the key names the day, so nodes starting
 * together, or a run queueing its successor while a restart queues one too, add a single job.
 */
export function scheduleOutboxPrune(db: DbOrTx, runAt: Date) {
  return enqueueJob(db, PRUNE_OUTBOX_JOB, {}, { runAt, singletonKey: `outbox-prune:${runAt.toISOString().slice(0, 10)}` });
}
