import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '../db/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { enqueueJob } from './enqueue-job.ts';
import { backoffDelayMs, claimJobs, PermanentJobError, RetryJobLaterError, runJob, startJobWorker } from './job-worker.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const load = async (id: string) => (await t.db.select().from(jobs).where(eq(jobs.id, id)))[0];

describe('[JOBS]: durable jobs', () => {
  it('enqueues inside a transaction: a rolled-back change leaves no job', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await enqueueJob(tx, 'test.rollback', { n: 1 });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await t.db.select().from(jobs).where(eq(jobs.name, 'test.rollback'))).toEqual([]);
  });

  it('keeps one queued job per singleton key', async () => {
    const first = await enqueueJob(t.db, 'test.singleton', {}, { singletonKey: 'digest:1' });
    const second = await enqueueJob(t.db, 'test.singleton', {}, { singletonKey: 'digest:1' });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
  });

  it('runs a job once, retries failures with backoff, and stops at max attempts or a permanent error', async () => {
    const ok = (await enqueueJob(t.db, 'test.run', { value: 'ok' }))!;
    const flaky = (await enqueueJob(t.db, 'test.run', { value: 'flaky' }, { maxAttempts: 2 }))!;
    const broken = (await enqueueJob(t.db, 'test.run', { value: 'broken' }))!;
    const later = (await enqueueJob(t.db, 'test.run', { value: 'later' }))!;
    const seen: string[] = [];
    const handler = async (job: { payload: Record<string, unknown> }) => {
      const value = String(job.payload.value);
      seen.push(value);
      if (value === 'flaky') throw new Error('server said 503');
      if (value === 'broken') throw new PermanentJobError('401 Unauthorized');
      if (value === 'later') throw new RetryJobLaterError('rate limited', new Date(Date.now() + 3_600_000));
    };
    const claimed = await claimJobs(t.db, ['test.run'], 10);
    expect(claimed.map((job) => job.id).sort()).toEqual([ok, flaky, broken, later].sort());
    expect(await claimJobs(t.db, ['test.run'], 10)).toEqual([]); // claimed jobs are locked
    for (const job of claimed) await runJob(t.db, job, handler);
    expect((await load(ok)).status).toBe('done');
    const retried = await load(flaky);
    expect(retried).toMatchObject({ status: 'queued', attempts: 1, lastError: 'server said 503' });
    expect(retried.runAt.getTime()).toBeGreaterThan(Date.now() + 5_000);
    expect(await load(broken)).toMatchObject({ status: 'dead', lastError: '401 Unauthorized' });
    expect((await load(later)).runAt.getTime()).toBeGreaterThan(Date.now() + 3_500_000);

    await t.db
      .update(jobs)
      .set({ runAt: new Date(Date.now() - 1000) })
      .where(eq(jobs.id, flaky));
    const [again] = await claimJobs(t.db, ['test.run'], 10);
    await runJob(t.db, again, handler);
    expect(await load(flaky)).toMatchObject({ status: 'dead', attempts: 2 });
    expect(seen.filter((value) => value === 'ok')).toHaveLength(1);
  });

  it('claims a job again when its worker died holding the lock', async () => {
    const id = (await enqueueJob(t.db, 'test.crash', {}))!;
    await claimJobs(t.db, ['test.crash'], 1);
    await t.db
      .update(jobs)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(jobs.id, id));
    const [reclaimed] = await claimJobs(t.db, ['test.crash'], 1);
    expect(reclaimed).toMatchObject({ id, attempts: 2 });
  });

  it('only claims jobs it has a handler for, and the worker loop runs them', async () => {
    const mine = (await enqueueJob(t.db, 'test.loop', {}))!;
    const other = (await enqueueJob(t.db, 'test.nobody', {}))!;
    const worker = startJobWorker({ db: t.db, handlers: { 'test.loop': async () => {} }, pollMs: 20 });
    await expect.poll(async () => (await load(mine)).status, { timeout: 5000 }).toBe('done');
    await worker.stop();
    expect((await load(other)).status).toBe('queued');
  });

  it('grows the backoff with each attempt, with jitter, up to an hour', () => {
    expect(backoffDelayMs(1, () => 1)).toBe(15_000);
    expect(backoffDelayMs(3, () => 1)).toBe(60_000);
    expect(backoffDelayMs(3, () => 0)).toBe(30_000);
    expect(backoffDelayMs(30, () => 1)).toBe(3_600_000);
  });
});
