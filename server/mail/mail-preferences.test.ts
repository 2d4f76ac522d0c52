import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { emailDigestItems, jobs, notifications, outboundEmails } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, TEST_PASSWORD } from '../test/factories.ts';
import { createMailTestApp, MAIL_TEST_HOST, type MailTestApp } from '../test/mail-test-app.ts';
import { parseMime } from '../test/parse-mime.ts';

let t: MailTestApp;
let site: TSite;
let staff: Actor;

beforeAll(async () => {
  t = await createMailTestApp();
  site = await buildSite(t.db);
  staff = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
});
afterAll(() => t?.close());

const login = (user: Actor) => t.login(user.email, TEST_PASSWORD);
const received = (address: string) =>
  t.sink.received.filter((mail) => mail.to.includes(address)).map((mail) => parseMime(mail.raw));

async function comment(requestId: string, body: string) {
  const response = await (await login(staff)).post(`/api/requests/${requestId}/comments`, { body, internal: false });
  expect(response.statusCode).toBe(201);
}

/** A reporter who received one comment mail, and the List-Unsubscribe URL it carried. */
async function reporterWithMail() {
  const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
  const request = await buildRequest(t.db, reporter, { siteId: site.id });
  await comment(request.id, 'First answer');
  await t.runMailJobs();
  const [mail] = received(reporter.email);
  const header = mail.headers.get('list-unsubscribe') ?? '';
  const url = new URL(header.slice(1, -1));
  return { reporter, request, url, token: url.searchParams.get('token') ?? '' };
}

describe('[MAIL]: preferences, digest and unsubscribe', () => {
  it('shows and changes a person’s preferences, immediate by default', async () => {
    const user = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
    const client = await login(user);
    const initial = await client.get('/api/me/notification-preferences');
    expect(initial.json().preferences).toEqual({
      request_comment: 'immediate',
      request_assigned: 'immediate',
      request_escalated: 'immediate',
      request_resolved: 'immediate',
      topic_reply: 'immediate',
      sla_alert: 'immediate',
      critical_page: 'immediate',
      request_deferred: 'immediate',
      release_shipped: 'immediate',
    });
    const saved = await client.put('/api/me/notification-preferences', {
      preferences: { request_escalated: 'daily_digest', topic_reply: 'off' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().preferences).toMatchObject({
      request_escalated: 'daily_digest',
      topic_reply: 'off',
      request_comment: 'immediate',
    });
    const invalid = await client.put('/api/me/notification-preferences', { preferences: { topic_reply: 'weekly' } });
    expect(invalid.statusCode).toBe(400);
    expect((await t.anonymous().get('/api/me/notification-preferences')).statusCode).toBe(401);
  });

  it('keeps a mail of a kind turned off as suppressed, and never sends it', async () => {
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    await (await login(reporter)).put('/api/me/notification-preferences', { preferences: { request_comment: 'off' } });
    const request = await buildRequest(t.db, reporter, { siteId: site.id });
    await comment(request.id, 'Answer nobody is mailed');
    await t.runMailJobs();
    const rows = await t.db.select().from(outboundEmails).where(eq(outboundEmails.requestId, request.id));
    expect(rows.map((row) => row.status)).toEqual(['suppressed']);
    expect(received(reporter.email)).toEqual([]);
  });

  it('gathers digest-mode notifications into one mail at the next 07:00 UTC', async () => {
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id], locale: 'es' });
    await (await login(reporter)).put('/api/me/notification-preferences', {
      preferences: { request_comment: 'daily_digest', request_resolved: 'daily_digest' },
    });
    const request = await buildRequest(t.db, reporter, { siteId: site.id, summary: 'Informe vacío' });
    await comment(request.id, 'Primera respuesta');
    await comment(request.id, 'Segunda respuesta');
    await (await login(staff)).patch(`/api/requests/${request.id}`, {
      status: 'resolved',
      resolutionSummary: 'Filtro corregido',
    });
    await t.runMailJobs();
    expect(received(reporter.email)).toEqual([]);
    expect(await t.db.select().from(outboundEmails).where(eq(outboundEmails.requestId, request.id))).toEqual([]);
    const digestJobs = (await t.db.select().from(jobs).where(eq(jobs.name, 'email.digest'))).filter(
      (job) => job.payload.userId === reporter.id,
    );
    expect(digestJobs).toHaveLength(1);
    expect(digestJobs[0].runAt.getUTCHours()).toBe(7);
    expect(digestJobs[0].runAt.getTime()).toBeGreaterThan(Date.now());
    expect(digestJobs[0].runAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);

    await t.db
      .update(jobs)
      .set({ runAt: new Date(Date.now() - 1000) })
      .where(eq(jobs.id, digestJobs[0].id));
    await t.runMailJobs();
    const mails = received(reporter.email);
    expect(mails).toHaveLength(1);
    const [digest] = mails;
    expect(digest.headers.get('subject')).toBe('Support Hub: su resumen diario (3)');
    expect(digest.headers.get('auto-submitted')).toBe('auto-generated');
    expect(digest.text).toContain(`[${request.reference}] Nuevo comentario: Informe vacío`);
    expect(digest.text).toContain(`[${request.reference}] Resuelta: Informe vacío`);
    expect(digest.text).not.toContain('Segunda respuesta');
    const pending = await t.db.select().from(emailDigestItems).where(eq(emailDigestItems.userId, reporter.id));
    expect(pending.every((item) => item.emailId !== null)).toBe(true);

    // The digest's own unsubscribe link turns off every kind that was in the digest.
    const link = new URL((digest.headers.get('list-unsubscribe') ?? '').slice(1, -1));
    expect((await t.anonymous().post(`${link.pathname}${link.search}`)).statusCode).toBe(200);
    const preferences = (await (await login(reporter)).get('/api/me/notification-preferences')).json().preferences;
    expect(preferences).toMatchObject({ request_comment: 'off', request_resolved: 'off', request_assigned: 'immediate' });
  });

  it('unsubscribes with the signed one-click link, and only with it', async () => {
    const { reporter, url, token } = await reporterWithMail();
    expect(url.origin).toBe(`https://${MAIL_TEST_HOST}`);
    const client = await login(reporter);
    const anonymous = t.anonymous();

    const [userId, kind, signature] = token.split('.');
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    for (const bad of [`${userId}.${kind}.${flipped}`, `${userId}.request_assigned.${signature}`, 'not-a-token', '']) {
      const response = await anonymous.get(`/api/unsubscribe?token=${encodeURIComponent(bad)}`);
      expect(response.statusCode, bad).toBe(400);
      expect(response.body).toContain('data-outcome="invalid"');
    }
    expect((await client.get('/api/me/notification-preferences')).json().preferences.request_comment).toBe('immediate');

    // Opening the link (or a link scanner fetching it) only asks; the page's button POSTs.
    const page = await anonymous.get(`/api/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('data-outcome="confirm"');
    expect(page.body).toContain('new comments on my requests');
    const action = /<form method="post" action="([^"]+)">/.exec(page.body)?.[1].replaceAll('&amp;', '&');
    expect(action).toBe(`/api/unsubscribe?token=${encodeURIComponent(token)}`);
    expect((await client.get('/api/me/notification-preferences')).json().preferences.request_comment).toBe('immediate');

    const confirmed = await anonymous.request({
      method: 'POST',
      url: action ?? '',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('data-outcome="unsubscribed"');
    expect((await client.get('/api/me/notification-preferences')).json().preferences.request_comment).toBe('off');
  });

  it('accepts the RFC 8058 one-click POST mail providers send', async () => {
    const { reporter, token } = await reporterWithMail();
    const response = await t.anonymous().request({
      method: 'POST',
      url: `/api/unsubscribe?token=${encodeURIComponent(token)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(response.statusCode).toBe(200);
    const preferences = (await (await login(reporter)).get('/api/me/notification-preferences')).json().preferences;
    expect(preferences).toMatchObject({ request_comment: 'off', request_resolved: 'immediate' });
  });

  it('mails the topic replies the community queues, once, in the follower’s language', async () => {
    const author = await buildUser(t.db, 'site_admin', { siteIds: [site.id], locale: 'pt' });
    const replier = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
    const created = await (await login(author)).post('/api/community/topics', {
      title: 'Relatórios vazios após atualização',
      body: 'Alguém viu isto?',
      category: 'general',
      language: 'pt',
    });
    expect(created.statusCode).toBe(201);
    const topicId = created.json().id;
    const reply = await (await login(replier)).post(`/api/community/topics/${topicId}/replies`, {
      body: 'Yes: rebuild the report index. Call me on +44 20 7946 0958.',
    });
    expect(reply.statusCode).toBe(201);
    await t.runMailJobs();
    await t.runMailJobs();
    const mails = received(author.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.headers.get('subject')).toBe('[Comunidade] Nova resposta: Relatórios vazios após atualização');
    expect(mail.headers.get('message-id')).toBe(`<topic-reply-${reply.json().id}@${MAIL_TEST_HOST}>`);
    expect(mail.headers.get('references')).toBe(`<topic-${topicId}@${MAIL_TEST_HOST}>`);
    expect(mail.text).toContain('rebuild the report index');
    expect(mail.text).not.toContain('7946');
    expect(mail.text).toContain(`https://${MAIL_TEST_HOST}/community/${topicId}`);
    expect(received(replier.email)).toEqual([]);

    // The job running again (a crash after its commit) mails nobody twice.
    const [notification] = await t.db.select().from(notifications).where(eq(notifications.userId, author.id));
    await enqueueJob(t.db, 'notification.email', { notificationId: notification.id });
    await t.runMailJobs();
    expect(received(author.email)).toHaveLength(1);
  });
});
