import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';

export type EnqueueOptions = { runAt?: Date; maxAttempts?: number; singletonKey?: string };

/**
 * Queues durable work; pass the transaction of the change that causes it. With a
 * `singletonKey`, a job already queued or running under that key is kept and nothing is added.
 */
export async function enqueueJob(db: DbOrTx, name: string, payload: Record<string, unknown>, options: EnqueueOptions = {}) {
  const [row] = await db
    .insert(jobs)
    .values({
      name,
      payload,
      runAt: options.runAt ?? new Date(),
      maxAttempts: options.maxAttempts ?? 8,
      singletonKey: options.singletonKey ?? null,
    })
    .onConflictDoNothing({ target: jobs.singletonKey, where: sql`status in ('queued', 'running')` })
    .returning({ id: jobs.id });
  return row?.id ?? null;
}
