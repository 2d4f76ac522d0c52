import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { helpRequests, notifications, outboundEmails } from '../db/schema/index.ts';
import { mailJobHandlers } from '../mail/mail-job-handlers.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, TEST_PASSWORD } from '../test/factories.ts';
import { parseMime } from '../test/parse-mime.ts';
import { runDueJobs } from '../test/run-due-jobs.ts';
import { type SmtpSink, startSmtpSink } from '../test/smtp-sink.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

const HOST = 'help.example.org';
let t: TestApp;
let sink: SmtpSink;
let site: TSite;
let reporter: Actor;
let reporterClient: TestClient;
let siteAdminUser: Actor;
let siteAdmin: TestClient;
let coordinatorUser: Actor;
let coordinator: TestClient;
let outsiderUser: Actor;
let outsider: TestClient;
let runMailJobs: () => Promise<number>;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({
    publicUrl: `https://${HOST}`,
    mailFrom: `Support Hub <hub@${HOST}>`,
    smtp: { host: '127.0.0.1', port: sink.port, isSecure: false, user: undefined, password: undefined },
  });
  const handlers = mailJobHandlers({ db: t.db, config: t.config });
  runMailJobs = () => runDueJobs(t.db, handlers);
  site = await buildSite(t.db, { code: 'SLE' });
  const otherSite = await buildSite(t.db, { code: 'JOR' });
  reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
  reporterClient = await t.login(reporter.email, TEST_PASSWORD);
  siteAdminUser = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  siteAdmin = await t.login(siteAdminUser.email, TEST_PASSWORD);
  coordinatorUser = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
  coordinator = await t.login(coordinatorUser.email, TEST_PASSWORD);
  outsiderUser = await buildUser(t.db, 'reporter', { siteIds: [otherSite.id] });
  outsider = await t.login(outsiderUser.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});
beforeEach(async () => {
  // Whatever earlier steps queued is delivered before a test counts mails.
  await runMailJobs();
});

async function linkedTopic(summary: string) {
  const request = await buildRequest(t.db, reporter, { siteId: site.id, summary, description: 'Sync stops at 40 %.' });
  const opened = await siteAdmin.post(`/api/requests/${request.id}/community-topic`, {});
  expect(opened.statusCode).toBe(201);
  return { request, topicId: opened.json().id as string };
}

const rowOf = async (id: string) => (await t.db.select().from(helpRequests).where(eq(helpRequests.id, id)))[0];
const mailsTo = (address: string) => sink.received.filter((mail) => mail.to.includes(address)).map((mail) => parseMime(mail.raw));
const outboxFor = (requestId: string, address: string) =>
  t.db
    .select()
    .from(outboundEmails)
    .where(and(eq(outboundEmails.requestId, requestId), eq(outboundEmails.recipient, address)));

async function replyInTopic(client: TestClient, topicId: string, body: string) {
  const reply = await client.post(`/api/community/topics/${topicId}/replies`, { body });
  expect(reply.statusCode).toBe(201);
  await runMailJobs();
}

describe('[COMMUNITY]: a reply in a request’s topic is a public comment on the request in every way', () => {
  it('a staff reply is the first response and mails the reporter once; the reporter’s reply restarts the clock and mails nobody back to them; the next staff reply stops it', async () => {
    const { request, topicId } = await linkedTopic('Sync stops halfway');
    const before = mailsTo(reporter.email).length;

    await replyInTopic(coordinator, topicId, 'Please update the app to 2.11.');
    const answered = await rowOf(request.id);
    expect(answered.firstRespondedAt, 'the staff reply is the first response').not.toBeNull();
    expect(answered.nextResponseDueAt).toBeNull();
    const first = mailsTo(reporter.email).slice(before);
    expect(first).toHaveLength(1);
    expect(first[0].headers.get('subject')).toBe(`[${request.reference}] New comment: Sync stops halfway`);
    expect(first[0].text).toContain(`${coordinatorUser.name} commented on your request`);
    expect(first[0].text).toContain('Please update the app to 2.11.');

    await replyInTopic(reporterClient, topicId, 'Updated, it still stops.');
    const waiting = await rowOf(request.id);
    expect(waiting.nextResponseDueAt, 'the reporter is waiting for an answer again').not.toBeNull();
    expect(waiting.firstRespondedAt).toEqual(answered.firstRespondedAt);
    expect(mailsTo(reporter.email).slice(before), 'nobody mails the reporter their own reply').toHaveLength(1);
    // The topic's creator still hears of it through the topic, as for any reply.
    expect((await outboxFor(request.id, siteAdminUser.email)).length).toBe(0);
    expect(mailsTo(siteAdminUser.email).some((mail) => mail.text.includes('Updated, it still stops.'))).toBe(true);

    await replyInTopic(coordinator, topicId, 'Then clear the cache once.');
    expect((await rowOf(request.id)).nextResponseDueAt, 'the staff reply answered').toBeNull();
    expect(mailsTo(reporter.email).slice(before)).toHaveLength(2);
    const rows = await outboxFor(request.id, reporter.email);
    expect(rows.map((row) => [row.kind, row.status])).toEqual([
      ['request_comment', 'sent'],
      ['request_comment', 'sent'],
    ]);
  });

  it('follows the reporter’s preference for comments', async () => {
    const { request, topicId } = await linkedTopic('Preferences apply to topic replies');
    expect(
      (await reporterClient.put('/api/me/notification-preferences', { preferences: { request_comment: 'off' } })).statusCode,
    ).toBe(200);
    const before = mailsTo(reporter.email).length;
    await replyInTopic(coordinator, topicId, 'Try the web version meanwhile.');
    expect((await outboxFor(request.id, reporter.email)).map((row) => row.status)).toEqual(['suppressed']);
    expect(mailsTo(reporter.email)).toHaveLength(before);
    await reporterClient.put('/api/me/notification-preferences', { preferences: { request_comment: 'immediate' } });
  });

  it('someone from another site chiming in mails the reporter but moves no clock', async () => {
    const { request, topicId } = await linkedTopic('Community member answers');
    await replyInTopic(coordinator, topicId, 'Looking into it.');
    await replyInTopic(reporterClient, topicId, 'Thanks, any news?');
    const waiting = await rowOf(request.id);
    const before = mailsTo(reporter.email).length;
    await replyInTopic(outsider, topicId, 'We had this too: update the app.');
    const after = await rowOf(request.id);
    expect(after.nextResponseDueAt, 'still waiting for staff').toEqual(waiting.nextResponseDueAt);
    expect(after.nextResponseStartedAt).toEqual(waiting.nextResponseStartedAt);
    expect(mailsTo(reporter.email).slice(before)).toHaveLength(1);
  });
});

const notificationTypesOf = async (userId: string) =>
  (
    await t.db
      .select({ type: notifications.type })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(notifications.createdAt, notifications.id)
  ).map((row) => row.type);

describe('[COMMUNITY]: a reporter who follows their request’s topic gets one mail per comment', () => {
  it('mails the reporter the request mail only, and the topic’s other followers the topic mail, wherever the comment was written', async () => {
    const { request, topicId } = await linkedTopic('Reporter follows the topic');
    for (const client of [reporterClient, outsider]) {
      expect((await client.put(`/api/community/topics/${topicId}/subscription`, { isSubscribed: true })).statusCode).toBe(200);
    }
    const before = {
      reporter: mailsTo(reporter.email).length,
      outsider: mailsTo(outsiderUser.email).length,
      siteAdmin: mailsTo(siteAdminUser.email).length,
      reporterInApp: (await notificationTypesOf(reporter.id)).length,
    };

    const onRequest = await coordinator.post(`/api/requests/${request.id}/comments`, {
      body: 'Collecting the logs now.',
      internal: false,
    });
    expect(onRequest.statusCode).toBe(201);
    await runMailJobs();
    await replyInTopic(coordinator, topicId, 'The logs show an old app version.');

    const reporterMails = mailsTo(reporter.email).slice(before.reporter);
    expect(reporterMails.map((mail) => mail.headers.get('subject'))).toEqual([
      `[${request.reference}] New comment: Reporter follows the topic`,
      `[${request.reference}] New comment: Reporter follows the topic`,
    ]);
    const kinds = await t.db
      .select({ kind: outboundEmails.kind })
      .from(outboundEmails)
      .where(eq(outboundEmails.userId, reporter.id));
    expect(kinds.filter((row) => row.kind === 'topic_reply')).toEqual([]);
    // In the app too, the reporter hears of each comment once: from the request, not the topic.
    const inApp = (await notificationTypesOf(reporter.id)).slice(before.reporterInApp);
    expect(inApp).toEqual(['request_comment', 'request_comment']);
    // Followers who are not the reporter, and the topic's creator, keep the topic mail: one each per comment.
    expect(mailsTo(outsiderUser.email).slice(before.outsider)).toHaveLength(2);
    expect(mailsTo(siteAdminUser.email).slice(before.siteAdmin)).toHaveLength(2);
  });

  it('a topic with no request still mails a follower who reports other requests', async () => {
    const created = await reporterClient.post('/api/community/topics', {
      title: 'How do I export cases?',
      body: 'Looking for the export button.',
      category: 'cp',
      language: 'en',
    });
    expect(created.statusCode).toBe(201);
    const before = mailsTo(reporter.email).length;
    await replyInTopic(coordinator, created.json().id, 'Use Export in the list actions.');
    const mails = mailsTo(reporter.email).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Use Export in the list actions.');
  });
});
