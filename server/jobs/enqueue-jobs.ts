import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';

export type QueuedJob = {
  name: string;
  payload: Record<string, unknown>;
  runAt: Date;
  maxAttempts?: number;
  singletonKey?: string;
};

/** Jobs per statement: the whole list travels as one JSON parameter, so this only bounds its size. */
const CHUNK = 20_000;

/**
 * Queues many jobs in one statement (per 20,000), e.g. the follow-ups of every row of an import;
 * pass the transaction of the change. Like `enqueueJob`, a job whose `singletonKey` is already
 * queued or running is left out.
 */
export async function enqueueJobs(db: DbOrTx, list: QueuedJob[]): Promise<void> {
  for (let start = 0; start < list.length; start += CHUNK) {
    const rows = list.slice(start, start + CHUNK).map((job) => ({
      name: job.name,
      payload: job.payload,
      run_at: job.runAt.toISOString(),
      max_attempts: job.maxAttempts ?? 8,
      singleton_key: job.singletonKey ?? null,
    }));
    await db.execute(sql`
      insert into jobs (name, payload, run_at, max_attempts, singleton_key)
      select name, payload, run_at, max_attempts, singleton_key
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as job(name text, payload jsonb, run_at timestamptz, max_attempts int, singleton_key text)
      on conflict (singleton_key) where status in ('queued', 'running') do nothing`);
  }
}
