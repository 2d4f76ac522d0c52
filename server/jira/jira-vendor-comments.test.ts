import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { helpRequests, notifications, outboundEmails } from '../db/schema/index.ts';
import { mailJobHandlers } from '../mail/mail-job-handlers.ts';
import type { Actor } from '../policies/actor.ts';
import { buildUser, TEST_PASSWORD } from '../test/factories.ts';
import { parseMime } from '../test/parse-mime.ts';
import { runDueJobs } from '../test/run-due-jobs.ts';
import { type SmtpSink, startSmtpSink } from '../test/smtp-sink.ts';
import type { TestClient } from '../test/test-app.ts';
import { createJiraWorld, escalateToLevelThree, type JiraWorld, WEBHOOK_SECRET } from './test/jira-test-setup.ts';
import { webhookSignature } from './verify-webhook-signature.ts';

const HOST = 'help.example.org';
let w: JiraWorld;
let sink: SmtpSink;
let reporter: Actor;
let reporterClient: TestClient;
let runMailJobs: () => Promise<number>;

beforeAll(async () => {
  sink = await startSmtpSink();
  w = await createJiraWorld('cloud', {
    config: {
      publicUrl: `https://${HOST}`,
      mailFrom: `Support Hub <hub@${HOST}>`,
      smtp: { host: '127.0.0.1', port: sink.port, isSecure: false, user: undefined, password: undefined },
    },
  });
  const handlers = mailJobHandlers({ db: w.t.db, config: w.t.config });
  runMailJobs = () => runDueJobs(w.t.db, handlers);
  reporter = await buildUser(w.t.db, 'reporter', { siteIds: [w.site.id] });
  reporterClient = await w.t.login(reporter.email, TEST_PASSWORD);
});
afterAll(async () => {
  await w?.close();
  await sink?.close();
});
afterEach(() => {
  expect(w.jira.violations).toEqual([]);
});

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function linkedRequest(summary: string) {
  const request = await escalateToLevelThree(w, summary, reporter);
  await w.runJobs();
  const issueKey = (await w.coordinator.get(`/api/requests/${request.id}/jira`)).json().issueKey as string;
  const issue = w.jira.issues.get(issueKey);
  if (!issue) throw new Error('the fake Jira has no issue');
  return { ...request, issueKey, issueId: issue.id };
}

let deliveries = 0;
/** Jira tells us about a comment (signed webhook), and the job mirrors what Jira says now. */
async function webhook(event: string, request: { issueKey: string; issueId: string }, commentId: string) {
  const raw = JSON.stringify({
    webhookEvent: event,
    issue: { id: request.issueId, key: request.issueKey },
    comment: { id: commentId },
  });
  deliveries += 1;
  const answer = await w.t.app.inject({
    method: 'POST',
    url: `/api/jira/webhooks/${w.team.id}`,
    payload: raw,
    headers: {
      'content-type': 'application/json',
      'x-hub-signature': webhookSignature(raw, WEBHOOK_SECRET),
      'x-atlassian-webhook-identifier': `vendor-comments-${deliveries}`,
    },
  });
  expect(answer.statusCode).toBe(202);
  await w.runJobs();
}

const mailsTo = (address: string) => sink.received.filter((mail) => mail.to.includes(address)).map((mail) => parseMime(mail.raw));
const rowOf = async (id: string) => (await w.t.db.select().from(helpRequests).where(eq(helpRequests.id, id)))[0];

describe('[JIRA]: a developer’s comment from Jira reaches the reporter and the topic’s followers', () => {
  it('mails the reporter over SMTP and notifies the topic creator in the app and by mail, once; edits and deletions notify nobody', async () => {
    const request = await linkedRequest('Referral list is empty after upgrade');
    const opened = await w.coordinator.post(`/api/requests/${request.id}/community-topic`, {});
    expect(opened.statusCode).toBe(201);
    const coordinatorEmail = (await w.coordinator.get('/api/me')).json().user.email as string;
    await runMailJobs();
    const before = { reporter: mailsTo(reporter.email).length, coordinator: mailsTo(coordinatorEmail).length };

    const comment = w.jira.addComment(request.issueKey, { author: 'Amina Developer', body: adf('Fixed in the 2.12 branch') });
    await webhook('comment_created', request, comment.id);
    await webhook('comment_created', request, comment.id);
    await runMailJobs();

    const [toReporter] = await w.t.db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.requestId, request.id), eq(outboundEmails.recipient, reporter.email)));
    expect(toReporter).toMatchObject({ kind: 'request_comment', status: 'sent' });
    const reporterMails = mailsTo(reporter.email).slice(before.reporter);
    expect(reporterMails).toHaveLength(1);
    expect(reporterMails[0].headers.get('subject')).toBe(
      `[${request.reference}] New comment: Referral list is empty after upgrade`,
    );
    expect(reporterMails[0].text).toContain('Amina Developer commented on your request');
    expect(reporterMails[0].text).toContain('Fixed in the 2.12 branch');

    // The topic's creator (the coordinator who opened it): in the app and by mail, as for any reply.
    const coordinatorId = (await w.coordinator.get('/api/me')).json().user.id as string;
    const inApp = await w.t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, coordinatorId), eq(notifications.type, 'topic_reply')));
    expect(inApp).toHaveLength(1);
    expect(inApp[0].title).toContain('Amina Developer');
    expect(mailsTo(coordinatorEmail).slice(before.coordinator)).toHaveLength(1);

    const sentBefore = sink.received.length;
    const notifiedBefore = (await w.t.db.select().from(notifications)).length;
    w.jira.editComment(request.issueKey, comment.id, adf('Fixed in the 2.12.1 branch'));
    await webhook('comment_updated', request, comment.id);
    w.jira.deleteComment(request.issueKey, comment.id);
    await webhook('comment_deleted', request, comment.id);
    await runMailJobs();
    expect(sink.received.length).toBe(sentBefore);
    expect((await w.t.db.select().from(notifications)).length).toBe(notifiedBefore);
  });

  it('mails a reporter who follows the topic once, with the request mail', async () => {
    const request = await linkedRequest('Reporter follows the Jira-linked topic');
    const opened = await w.coordinator.post(`/api/requests/${request.id}/community-topic`, {});
    expect(opened.statusCode).toBe(201);
    const topicId = opened.json().id as string;
    expect((await reporterClient.put(`/api/community/topics/${topicId}/subscription`, { isSubscribed: true })).statusCode).toBe(
      200,
    );
    await runMailJobs();
    const before = mailsTo(reporter.email).length;
    const reporterNotifications = () =>
      w.t.db.select({ type: notifications.type }).from(notifications).where(eq(notifications.userId, reporter.id));
    const inAppBefore = (await reporterNotifications()).length;
    const comment = w.jira.addComment(request.issueKey, { author: 'Amina Developer', body: adf('Hotfix 2.12.3 is out') });
    await webhook('comment_created', request, comment.id);
    await runMailJobs();
    const mails = mailsTo(reporter.email).slice(before);
    expect(mails.map((mail) => mail.headers.get('subject'))).toEqual([
      `[${request.reference}] New comment: Reporter follows the Jira-linked topic`,
    ]);
    const inApp = await reporterNotifications();
    expect(inApp.length - inAppBefore, 'told once in the app').toBe(1);
    expect(
      inApp.filter((row) => row.type === 'topic_reply'),
      'by the request, not the topic',
    ).toEqual([]);
  });

  it('follows the reporter’s preference: nothing is mailed when they turned comments off', async () => {
    const request = await linkedRequest('Preferences apply to Jira comments');
    const saved = await reporterClient.put('/api/me/notification-preferences', { preferences: { request_comment: 'off' } });
    expect(saved.statusCode).toBe(200);
    const sentBefore = mailsTo(reporter.email).length;
    const comment = w.jira.addComment(request.issueKey, { author: 'Dev Two', body: adf('Needs a migration') });
    await webhook('comment_created', request, comment.id);
    await runMailJobs();
    const rows = await w.t.db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.requestId, request.id), eq(outboundEmails.recipient, reporter.email)));
    expect(rows.map((row) => row.status)).toEqual(['suppressed']);
    expect(mailsTo(reporter.email)).toHaveLength(sentBefore);
    await reporterClient.put('/api/me/notification-preferences', { preferences: { request_comment: 'immediate' } });
  });
});

describe('[JIRA]: a developer’s comment from Jira meets the SLA clocks like a staff answer', () => {
  it('stops the next-response clock the reporter started; the reporter writing again restarts it; an edit changes nothing', async () => {
    const request = await linkedRequest('Clock stops on the vendor answer');
    expect(
      (await w.coordinator.post(`/api/requests/${request.id}/comments`, { body: 'Sent to the developers', internal: false }))
        .statusCode,
    ).toBe(201);
    expect((await rowOf(request.id)).firstRespondedAt).not.toBeNull();
    expect(
      (await reporterClient.post(`/api/requests/${request.id}/comments`, { body: 'Any news?', internal: false })).statusCode,
    ).toBe(201);
    expect((await rowOf(request.id)).nextResponseDueAt, 'the reporter is waiting for an answer').not.toBeNull();

    const comment = w.jira.addComment(request.issueKey, { author: 'Amina Developer', body: adf('A fix is in review') });
    await webhook('comment_created', request, comment.id);
    expect((await rowOf(request.id)).nextResponseDueAt, 'the vendor answered').toBeNull();

    await reporterClient.post(`/api/requests/${request.id}/comments`, { body: 'When will it ship?', internal: false });
    const waiting = await rowOf(request.id);
    expect(waiting.nextResponseDueAt).not.toBeNull();
    w.jira.editComment(request.issueKey, comment.id, adf('A fix is in review (edited)'));
    await webhook('comment_updated', request, comment.id);
    expect((await rowOf(request.id)).nextResponseDueAt, 'an edit is no new answer').toEqual(waiting.nextResponseDueAt);
  });
});
