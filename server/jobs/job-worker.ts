import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';

export type JobRow = typeof jobs.$inferSelect;
export type JobHandler = (job: JobRow) => Promise<void>;

/** Thrown by a handler when retrying cannot help (e.g. 401 from Jira): the job stops at once. */
export class PermanentJobError extends Error {}

/** Thrown by a handler when the other side said when to come back (e.g. Retry-After). */
export class RetryJobLaterError extends Error {
  constructor(
    message: string,
    readonly retryAt: Date,
  ) {
    super(message);
  }
}

const LOCK_SECONDS = 300;

/** Exponential backoff with full jitter: up to 15 s, 30 s, 1 min … capped at 1 hour. */
export function backoffDelayMs(attempt: number, random = Math.random) {
  const ceiling = Math.min(3_600_000, 15_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Claims due jobs with `FOR UPDATE SKIP LOCKED`, so several workers (or web nodes) never run the
 * same job twice; a job whose worker died is claimed again once its lock expires.
 */
export async function claimJobs(db: Database, names: string[], limit: number): Promise<JobRow[]> {
  if (names.length === 0) return [];
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        inArray(jobs.name, names),
        sql`((${jobs.status} = 'queued' and ${jobs.runAt} <= now()) or (${jobs.status} = 'running' and ${jobs.lockedUntil} < now()))`,
      ),
    )
    .orderBy(jobs.runAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(jobs)
    .set({
      status: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      lockedUntil: sql`now() + make_interval(secs => ${LOCK_SECONDS})`,
    })
    .where(inArray(jobs.id, due))
    .returning();
}

export async function runJob(db: Database, job: JobRow, handler: JobHandler, now = () => new Date()) {
  try {
    await handler(job);
    await db
      .update(jobs)
      .set({ status: 'done', finishedAt: now(), lockedUntil: null, lastError: null })
      .where(eq(jobs.id, job.id));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const isFinal = error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
    const retryAt =
      error instanceof RetryJobLaterError ? error.retryAt : new Date(now().getTime() + backoffDelayMs(job.attempts));
    await db
      .update(jobs)
      .set(
        isFinal
          ? { status: 'dead', finishedAt: now(), lockedUntil: null, lastError: message }
          : { status: 'queued', runAt: retryAt, lockedUntil: null, lastError: message },
      )
      .where(eq(jobs.id, job.id));
  }
}

/** Polls for due jobs and runs them with their handlers until stopped. */
export function startJobWorker(options: {
  db: Database;
  handlers: Record<string, JobHandler>;
  pollMs?: number;
  batchSize?: number;
  onError?: (error: unknown) => void;
}) {
  const { db, handlers } = options;
  const names = Object.keys(handlers);
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      const claimed = await claimJobs(db, names, options.batchSize ?? 10);
      for (const job of claimed) await runJob(db, job, handlers[job.name]);
      if (claimed.length > 0 && !isStopped) {
        schedule(0);
        return;
      }
    } catch (error) {
      options.onError?.(error);
    }
    schedule(options.pollMs ?? 2000);
  };
  const schedule = (delay: number) => {
    if (isStopped) return;
    timer = setTimeout(() => {
      running = tick();
    }, delay);
  };
  schedule(0);
  return {
    stop: async () => {
      isStopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
