import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { notifications, outboundEmails } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, TEST_PASSWORD } from '../test/factories.ts';
import { createMailTestApp, type MailTestApp } from '../test/mail-test-app.ts';
import { parseMime } from '../test/parse-mime.ts';
import type { TestClient } from '../test/test-app.ts';

let t: MailTestApp;
let site: TSite;
let siteAdmin: Actor;
let coordinator: Actor;
let desk: TestClient;

beforeAll(async () => {
  t = await createMailTestApp();
  site = await buildSite(t.db, { code: 'SLE', name: 'Sierra Leone' });
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  coordinator = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
  desk = await t.login(coordinator.email, TEST_PASSWORD);
}, 300_000);
afterAll(() => t?.close());

const merge = async (survivorId: string, duplicateRequestId: string, reason?: string) => {
  const response = await desk.post(`/api/requests/${survivorId}/merge`, { duplicateRequestId, reason });
  expect(response.statusCode, response.body).toBe(200);
};
const mailsTo = (address: string) => t.sink.received.filter((mail) => mail.to.includes(address)).map((m) => parseMime(m.raw));

describe('[CONSOLIDATION]: telling the reporter of a merged request', () => {
  it('tells them in the app and by mail, in their language, that the request continues under the survivor’s reference', async () => {
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id], locale: 'fr' });
    const survivor = await buildRequest(t.db, reporter, { siteId: site.id, summary: 'Cannot log in after password reset' });
    const duplicate = await buildRequest(t.db, reporter, { siteId: site.id, summary: 'Login fails after the password reset' });
    await merge(survivor.id, duplicate.id, 'Same login problem, reported twice');

    const [inApp] = await t.db.select().from(notifications).where(eq(notifications.userId, reporter.id));
    expect(inApp).toMatchObject({
      type: 'request_merged',
      link: `/requests/${duplicate.reference}`,
      data: expect.objectContaining({ reference: duplicate.reference, survivorReference: survivor.reference }),
    });
    const reporterClient = await t.login(reporter.email, TEST_PASSWORD);
    expect((await reporterClient.get('/api/notifications/unread-count')).json()).toMatchObject({ unreadCount: 1 });

    await t.runMailJobs();
    const mails = mailsTo(reporter.email);
    expect(mails).toHaveLength(1);
    // The survivor's reference comes first, so a reply threads into the request that lives on.
    expect(mails[0].headers.get('subject')).toBe(
      `[${survivor.reference}] ${duplicate.reference} continue sous ${survivor.reference}: Login fails after the password reset`,
    );
    expect(mails[0].text).toContain(`elle continue sous ${survivor.reference}`);
    expect(mails[0].text).toContain('Same login problem, reported twice');
    expect(mails[0].headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('mails a reporter without an account at the contact address, and nobody else', async () => {
    const survivor = await buildRequest(t.db, siteAdmin, {
      siteId: site.id,
      summary: 'Tablet will not sync after update',
      reporterName: 'Fatmata Sesay',
      reporterContact: 'fatmata.survivor@example.org',
    });
    const duplicate = await buildRequest(t.db, siteAdmin, {
      siteId: site.id,
      summary: 'Tablet does not sync since the update',
      reporterName: 'Fatmata Sesay',
      reporterContact: 'fatmata.sesay@example.org',
    });
    await merge(survivor.id, duplicate.id);
    await t.runMailJobs();
    expect(mailsTo('fatmata.survivor@example.org')).toHaveLength(0);
    expect(mailsTo(siteAdmin.email)).toHaveLength(0);
    const [mail, ...more] = mailsTo('fatmata.sesay@example.org');
    expect(more).toHaveLength(0);
    expect(mail.headers.get('subject')).toBe(
      `[${survivor.reference}] ${duplicate.reference} continues as ${survivor.reference}: Tablet does not sync since the update`,
    );
    expect(mail.text).not.toContain('Why:');
  });

  it('keeps the mail unsent when the reporter turned resolution mail off, but still tells them in the app', async () => {
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    const reporterClient = await t.login(reporter.email, TEST_PASSWORD);
    const off = await reporterClient.put('/api/me/notification-preferences', { preferences: { request_resolved: 'off' } });
    expect(off.statusCode, off.body).toBe(200);
    const survivor = await buildRequest(t.db, reporter, { siteId: site.id, summary: 'Report export is empty' });
    const duplicate = await buildRequest(t.db, reporter, { siteId: site.id, summary: 'The report export is empty' });
    await merge(survivor.id, duplicate.id);
    await t.runMailJobs();
    expect(mailsTo(reporter.email)).toHaveLength(0);
    const [outbox] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.recipient, reporter.email));
    expect(outbox).toMatchObject({ status: 'suppressed', kind: 'request_resolved' });
    const items = (await reporterClient.get('/api/notifications')).json().items;
    expect(items.map((item: { type: string }) => item.type)).toEqual(['request_merged']);
  });
});
