import { existsSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { loadConfig } from '../config.ts';
import { jobs, outboundEmails } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, TEST_PASSWORD } from '../test/factories.ts';
import { runDueJobs } from '../test/run-due-jobs.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { mailJobHandlers } from './mail-job-handlers.ts';
import { PRUNE_OUTBOX_JOB } from './mail-job-names.ts';
import { outboxFileName } from './outbox-file-name.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

let t: TestApp;
let site: TSite;
let staff: Actor;

beforeAll(async () => {
  // No SMTP configured: every mail is also an .eml file in DATA_DIR/outbox.
  t = await createTestApp({ outboxRetention: { sentDays: 30, failedDays: 120 } });
  site = await buildSite(t.db);
  staff = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
});
afterAll(() => t?.close());

const runMailJobs = () => runDueJobs(t.db, mailJobHandlers({ db: t.db, config: t.config }));
const fileOf = (email: { id: string; createdAt: Date }) => path.join(t.dataDir, 'outbox', outboxFileName(email));
const rowOf = async (id: string) => (await t.db.select().from(outboundEmails).where(eq(outboundEmails.id, id)))[0];

/** A comment mailed to a new reporter and written to the outbox folder; returns its row. */
async function sentMail() {
  const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
  const request = await buildRequest(t.db, reporter, { siteId: site.id });
  await (await t.login(staff.email, TEST_PASSWORD)).post(`/api/requests/${request.id}/comments`, { body: 'Try again.' });
  await runMailJobs();
  const [email] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.requestId, request.id));
  expect(email.status).toBe('sent');
  expect(existsSync(fileOf(email))).toBe(true);
  return email;
}

describe('[MAIL]: the outbox is pruned daily', () => {
  it('reads the retention from the environment: 90 days for sent mail, 365 for failed, by default', () => {
    expect(loadConfig({}).outboxRetention).toEqual({ sentDays: 90, failedDays: 365 });
    expect(loadConfig({ OUTBOX_RETENTION_DAYS: '14', OUTBOX_FAILED_RETENTION_DAYS: '60' }).outboxRetention).toEqual({
      sentDays: 14,
      failedDays: 60,
    });
    expect(() => loadConfig({ OUTBOX_RETENTION_DAYS: '0' })).toThrow(/OUTBOX_RETENTION_DAYS/);
  });

  it('deletes sent mail and its file after the retention, failed mail only after the longer one, never queued mail', async () => {
    const oldSent = await sentMail();
    const recentSent = await sentMail();
    const failedRecently = await sentMail();
    const failedLongAgo = await sentMail();
    const stillQueued = await sentMail();
    await t.db
      .update(outboundEmails)
      .set({ sentAt: daysAgo(31) })
      .where(eq(outboundEmails.id, oldSent.id));
    await t.db
      .update(outboundEmails)
      .set({ sentAt: daysAgo(29) })
      .where(eq(outboundEmails.id, recentSent.id));
    for (const [email, age] of [
      [failedRecently, 100],
      [failedLongAgo, 121],
    ] as const) {
      await t.db
        .update(outboundEmails)
        .set({ status: 'failed', sentAt: null, createdAt: daysAgo(age), lastError: '550 No such user' })
        .where(eq(outboundEmails.id, email.id));
    }
    await t.db
      .update(outboundEmails)
      .set({ status: 'queued', sentAt: null, createdAt: daysAgo(400) })
      .where(eq(outboundEmails.id, stillQueued.id));

    await enqueueJob(t.db, PRUNE_OUTBOX_JOB, {});
    await runMailJobs();

    expect(await rowOf(oldSent.id)).toBeUndefined();
    expect(existsSync(fileOf(oldSent))).toBe(false);
    expect(await rowOf(recentSent.id)).toBeDefined();
    expect(existsSync(fileOf(recentSent))).toBe(true);
    expect(await rowOf(failedRecently.id)).toMatchObject({ status: 'failed' });
    expect(await rowOf(failedLongAgo.id)).toBeUndefined();
    expect(await rowOf(stillQueued.id)).toMatchObject({ status: 'queued' });

    // The run queued tomorrow's; queueing again for the same day adds nothing.
    const next = await t.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, PRUNE_OUTBOX_JOB), eq(jobs.status, 'queued')));
    expect(next).toHaveLength(1);
    expect(next[0].runAt.getTime() - Date.now()).toBeGreaterThan(23 * 60 * 60 * 1000);
    await enqueueJob(t.db, PRUNE_OUTBOX_JOB, {}, { runAt: next[0].runAt, singletonKey: next[0].singletonKey ?? undefined });
    expect(
      await t.db
        .select()
        .from(jobs)
        .where(and(eq(jobs.name, PRUNE_OUTBOX_JOB), eq(jobs.status, 'queued'))),
    ).toHaveLength(1);
  });
});
