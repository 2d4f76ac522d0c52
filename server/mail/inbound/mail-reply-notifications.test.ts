import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../../shared/schemas.ts';
import { openTopicFromRequest } from '../../community/open-topic-from-request.ts';
import {
  communityReplies,
  helpRequests,
  jiraIssueLinks,
  jobs,
  notifications,
  outboundEmails,
  timelineEvents,
} from '../../db/schema/index.ts';
import { SEND_JIRA_COMMENT_JOB } from '../../jira/jira-job-names.ts';
import { saveJiraConnection } from '../../jira/save-jira-connection.ts';
import { connectionInput } from '../../jira/test/jira-test-setup.ts';
import { buildMime } from '../../test/build-mime.ts';
import { hasDovecot } from '../../test/dovecot.ts';
import { buildSite, buildUser, buildVendorTeam } from '../../test/factories.ts';
import { createInboundTestApp, type InboundTestApp } from '../../test/inbound-test-app.ts';
import { parseMime } from '../../test/parse-mime.ts';

let t: InboundTestApp;
let site: TSite;
let mailboxId: string;

const requestBySummary = async (summary: string) =>
  (await t.db.select().from(helpRequests).where(eq(helpRequests.summary, summary)))[0];
const commentMailsTo = (address: string) =>
  t.db
    .select()
    .from(outboundEmails)
    .where(and(eq(outboundEmails.recipient, address), eq(outboundEmails.kind, 'request_comment')));
const received = (address: string) =>
  t.sink.received.filter((mail) => mail.to.includes(address)).map((mail) => parseMime(mail.raw));

async function deliverAndPoll(raw: Buffer | string) {
  await t.imap.deliver(raw);
  return t.pollOnce(mailboxId);
}

/** A request mailed in by `from`, then assigned to `assigneeId`. */
async function mailedRequest(from: string, summary: string, assigneeId: string) {
  await deliverAndPoll(await buildMime({ from, to: t.imap.user, subject: summary, text: 'First message.' }));
  const request = await requestBySummary(summary);
  await t.db.update(helpRequests).set({ assigneeId, status: 'in_progress' }).where(eq(helpRequests.id, request.id));
  return request;
}

describe.skipIf(!hasDovecot)('a mailed reply notifies those who follow the request, never its sender', () => {
  beforeAll(async () => {
    t = await createInboundTestApp();
    site = await buildSite(t.db, { modules: ['cp'] });
    mailboxId = await t.addMailbox({ siteId: site.id });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('tells the assignee in the app and by mail, and mails nothing back to a reporter known only by address', async () => {
    const assignee = await buildUser(t.db, 'site_admin', { siteIds: [site.id], locale: 'fr' });
    const request = await mailedRequest('Joseph Banda <joseph@partner.example.net>', 'Sync stops at 80 percent', assignee.id);

    const report = await deliverAndPoll(
      await buildMime({
        from: 'Joseph Banda <joseph@partner.example.net>',
        to: t.imap.user,
        subject: `Re: [${request.reference}] Sync stops at 80 percent`,
        text: 'It stopped again this morning on two tablets.',
      }),
    );
    expect(report.outcomes).toEqual(['comment_added']);

    const inApp = await t.db.select().from(notifications).where(eq(notifications.userId, assignee.id));
    expect(inApp).toEqual([
      expect.objectContaining({
        type: 'request_comment',
        link: `/requests/${request.reference}`,
        data: expect.objectContaining({ reference: request.reference, actorName: 'Joseph Banda' }),
      }),
    ]);
    const [queued] = await commentMailsTo(assignee.email);
    expect(queued).toMatchObject({ status: 'queued', notificationId: inApp[0].id, requestId: request.id });

    await t.runMailJobs();
    const [mail] = received(assignee.email);
    expect(mail.headers.get('subject')).toContain(`[${request.reference}]`);
    expect(mail.text).toContain('Joseph Banda a commenté la demande');
    expect(mail.text).toContain('It stopped again this morning on two tablets.');
    // The reply is never mailed back to the person who wrote it: no loop.
    expect(await commentMailsTo('joseph@partner.example.net')).toHaveLength(0);
    expect(received('joseph@partner.example.net').filter((m) => m.text.includes('It stopped again'))).toHaveLength(0);
  });

  it('follows the assignee’s preferences, and leaves a reporter with an account out of their own reply', async () => {
    const assignee = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id], email: 'lina@partner.example.net' });
    const staff = await t.login(assignee.email, assignee.password);
    const saved = await staff.put('/api/me/notification-preferences', { preferences: { request_comment: 'off' } });
    expect(saved.statusCode).toBe(200);
    const request = await mailedRequest('Lina@Partner.example.net', 'Roles lost after upgrade', assignee.id);
    expect(request.reporterId).toBe(reporter.id);

    await deliverAndPoll(
      await buildMime({
        from: 'lina@partner.example.net',
        to: t.imap.user,
        subject: `[${request.reference}] Roles lost after upgrade`,
        text: 'The caseworker role is missing too.',
      }),
    );
    const listed = (await staff.get('/api/notifications')).json();
    expect(listed.items).toEqual([expect.objectContaining({ type: 'request_comment', isRead: false })]);
    // `off`: kept in the outbox as suppressed, never sent.
    expect(await commentMailsTo(assignee.email)).toEqual([expect.objectContaining({ status: 'suppressed' })]);
    expect(await t.db.select().from(notifications).where(eq(notifications.userId, reporter.id))).toHaveLength(0);
    expect(await commentMailsTo(reporter.email)).toHaveLength(0);
  });

  it('takes the same path as a comment the reporter writes on the web', async () => {
    const assignee = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    const request = await mailedRequest(reporter.email, 'Export button greyed out', assignee.id);
    const portal = await t.login(reporter.email, reporter.password);
    const posted = await portal.post(`/api/requests/${request.id}/comments`, { body: 'Any news?', isInternal: false });
    expect(posted.statusCode).toBe(201);
    const inApp = await t.db.select().from(notifications).where(eq(notifications.userId, assignee.id));
    expect(inApp).toEqual([expect.objectContaining({ type: 'request_comment' })]);
    expect(await commentMailsTo(assignee.email)).toEqual([expect.objectContaining({ status: 'queued' })]);
    expect(await commentMailsTo(reporter.email)).toHaveLength(0);
  });
  it('goes into the request’s community topic like a web comment, with likely case data taken out of the copy', async () => {
    const assignee = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
    const request = await mailedRequest('Amara Sesay <amara@partner.example.net>', 'Referral form will not save', assignee.id);
    const topic = await openTopicFromRequest({ db: t.db, actor: assignee, id: request.id, input: {} });

    const report = await deliverAndPoll(
      await buildMime({
        from: 'Amara Sesay <amara@partner.example.net>',
        to: t.imap.user,
        subject: `Re: [${request.reference}] Referral form will not save`,
        text: 'Still failing for case CP-2024-00123, call me on +232 76 551 234.',
      }),
    );
    expect(report.outcomes).toEqual(['comment_added']);

    const replies = await t.db.select().from(communityReplies).where(eq(communityReplies.topicId, topic.id));
    expect(replies).toEqual([
      expect.objectContaining({ origin: 'request', authorId: null, authorName: 'Amara Sesay', isFromVendor: false }),
    ]);
    expect(replies[0].body).toContain('Still failing for case');
    expect(replies[0].body).not.toContain('CP-2024-00123');
    expect(replies[0].body).not.toContain('551 234');
    // The request keeps the original, and records that the copy was redacted.
    const events = await t.db.select().from(timelineEvents).where(eq(timelineEvents.requestId, request.id));
    expect(events.find((event) => event.type === 'comment')?.body).toContain('CP-2024-00123');
    expect(events.filter((event) => event.type === 'redacted')).toHaveLength(1);
    // The topic's creator is told of the reply in the app (and by the request, as its assignee).
    const told = await t.db.select().from(notifications).where(eq(notifications.userId, assignee.id));
    expect(told.map((row) => row.type)).toEqual(['request_comment']);
  });
  it('is queued for the request’s Jira issue when the vendor team takes public replies', async () => {
    const assignee = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
    const request = await mailedRequest('Musa Kamara <musa@partner.example.net>', 'Export times out', assignee.id);
    const team = await buildVendorTeam(t.db, ['cp']);
    await saveJiraConnection({
      db: t.db,
      config: t.config,
      vendorTeamId: team.id,
      input: connectionInput('cloud', 'http://127.0.0.1:9'),
    });
    await t.db
      .insert(jiraIssueLinks)
      .values({ requestId: request.id, vendorTeamId: team.id, state: 'created', issueKey: 'PRIM-7' });

    await deliverAndPoll(
      await buildMime({
        from: 'Musa Kamara <musa@partner.example.net>',
        to: t.imap.user,
        subject: `Re: [${request.reference}] Export times out`,
        text: 'It also times out with a single district selected.',
      }),
    );
    const [comment] = await t.db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.requestId, request.id), eq(timelineEvents.type, 'comment')));
    const queued = await t.db.select().from(jobs).where(eq(jobs.name, SEND_JIRA_COMMENT_JOB));
    expect(queued.map((job) => job.payload)).toEqual([{ eventId: comment.id }]);
  });
});
