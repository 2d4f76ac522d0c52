import { createServer } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { jobs, outboundEmails } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, TEST_PASSWORD } from '../test/factories.ts';
import { createMailTestApp, type MailTestApp } from '../test/mail-test-app.ts';
import { runDueJobs } from '../test/run-due-jobs.ts';
import { mailJobHandlers } from './mail-job-handlers.ts';

let t: MailTestApp;
let site: TSite;
let staff: Actor;

beforeAll(async () => {
  t = await createMailTestApp();
  site = await buildSite(t.db);
  staff = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
});
afterAll(() => t?.close());

/** A comment to a fresh reporter, queued but not yet sent; returns the mail's row id and the address. */
async function queueCommentMail() {
  const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
  const request = await buildRequest(t.db, reporter, { siteId: site.id });
  const client = await t.login(staff.email, TEST_PASSWORD);
  await client.post(`/api/requests/${request.id}/comments`, { body: 'Try again now, please.', internal: false });
  const [email] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.requestId, request.id));
  return { email, address: reporter.email, request, client };
}

const loadEmail = async (id: string) => (await t.db.select().from(outboundEmails).where(eq(outboundEmails.id, id)))[0];
const jobsOf = async (emailId: string) =>
  (await t.db.select().from(jobs).where(eq(jobs.name, 'email.send'))).filter((job) => job.payload.emailId === emailId);
const makeDue = (emailId: string) =>
  t.db
    .update(jobs)
    .set({ runAt: new Date(Date.now() - 1000) })
    .where(eq(jobs.name, 'email.send'))
    .then(() => emailId);

describe('[MAIL]: delivery failures', () => {
  it('retries after a 4xx reply, with backoff, and delivers once the server accepts', async () => {
    const { email, address } = await queueCommentMail();
    t.sink.rejectRecipient = (to) => (to === address ? { code: 451, message: '4.3.0 Mailbox busy, try again later' } : null);
    await t.runMailJobs();
    const waiting = await loadEmail(email.id);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1 });
    expect(waiting.lastError).toContain('451 4.3.0 Mailbox busy, try again later');
    const [job] = await jobsOf(email.id);
    expect(job.status).toBe('queued');
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now());

    t.sink.rejectRecipient = () => null;
    await makeDue(email.id);
    await t.runMailJobs();
    expect(await loadEmail(email.id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(t.sink.received.filter((mail) => mail.to.includes(address))).toHaveLength(1);
  });

  it('records a 5xx reply as failed with the server’s reason, on the mail and the timeline; an admin retries it', async () => {
    const { email, address, request, client } = await queueCommentMail();
    t.sink.rejectRecipient = (to) => (to === address ? { code: 550, message: '5.1.1 No such user here' } : null);
    await t.runMailJobs();
    const failed = await loadEmail(email.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed.lastError).toContain('550 5.1.1 No such user here');
    expect((await jobsOf(email.id))[0]).toMatchObject({ status: 'dead' });
    const events = (await client.get(`/api/requests/${request.id}/timeline`)).json().events;
    expect(events.find((event: { type: string }) => event.type === 'notification_failed')).toMatchObject({
      isInternal: true,
      data: { recipient: address, error: expect.stringContaining('550 5.1.1') },
    });

    t.sink.rejectRecipient = () => null;
    const admin = await buildUser(t.db, 'admin');
    const adminClient = await t.login(admin.email, TEST_PASSWORD);
    const retried = await adminClient.post(`/api/outbox/${email.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'queued' });
    expect((await adminClient.post(`/api/outbox/${email.id}/retry`)).statusCode).toBe(409);
    await t.runMailJobs();
    expect(await loadEmail(email.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('keeps retrying while the SMTP server is down, then delivers', async () => {
    const { email, address } = await queueCommentMail();
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const down = mailJobHandlers({ db: t.db, config: { ...t.config, smtp: { ...t.config.smtp!, port: closedPort } } });
    await runDueJobs(t.db, down);
    await makeDue(email.id);
    await runDueJobs(t.db, down);
    const waiting = await loadEmail(email.id);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 2 });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);

    await makeDue(email.id);
    await t.runMailJobs();
    expect(await loadEmail(email.id)).toMatchObject({ status: 'sent', attempts: 3 });
    expect(t.sink.received.filter((mail) => mail.to.includes(address))).toHaveLength(1);
  });

  it('gives up after the last attempt and marks the mail failed', async () => {
    const { email, address } = await queueCommentMail();
    await t.db.update(jobs).set({ maxAttempts: 1 }).where(eq(jobs.name, 'email.send'));
    t.sink.rejectRecipient = (to) => (to === address ? { code: 421, message: '4.7.0 Too many connections' } : null);
    await t.runMailJobs();
    t.sink.rejectRecipient = () => null;
    const failed = await loadEmail(email.id);
    expect(failed.status).toBe('failed');
    expect(failed.lastError).toContain('4.7.0 Too many connections');
  });
});
