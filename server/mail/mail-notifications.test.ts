import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { outboundEmails } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, buildVendorTeam, completeDossier, TEST_PASSWORD } from '../test/factories.ts';
import { createMailTestApp, MAIL_TEST_HOST, type MailTestApp } from '../test/mail-test-app.ts';
import { parseMime } from '../test/parse-mime.ts';

let t: MailTestApp;
let site: TSite;
let siteAdmin: Actor;

beforeAll(async () => {
  t = await createMailTestApp();
  site = await buildSite(t.db, { languages: ['en'] });
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
});
afterAll(() => t?.close());

const login = (user: Actor) => t.login(user.email, TEST_PASSWORD);
const emailsOf = (requestId: string) => t.db.select().from(outboundEmails).where(eq(outboundEmails.requestId, requestId));
const received = (address: string) =>
  t.sink.received.filter((mail) => mail.to.includes(address)).map((mail) => parseMime(mail.raw));

describe('[MAIL]: notifications about requests, delivered over SMTP', () => {
  it('mails a public comment to the reporter with threading, unsubscribe and auto-submitted headers', async () => {
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    const request = await buildRequest(t.db, reporter, { siteId: site.id, summary: 'Tablet sync stops at 80%' });
    const staff = await login(siteAdmin);
    const comment = await staff.post(`/api/requests/${request.id}/comments`, {
      body: 'Please clear the app cache <b>and</b> sync again.',
      internal: false,
    });
    expect(comment.statusCode).toBe(201);
    const [queued] = await emailsOf(request.id);
    expect(queued).toMatchObject({ status: 'queued', recipient: reporter.email, kind: 'request_comment' });

    await t.runMailJobs();
    const [mail] = received(reporter.email);
    expect(mail, 'the reporter received the comment').toBeDefined();
    const { headers } = mail;
    expect(headers.get('subject')).toBe(`[${request.reference}] New comment: Tablet sync stops at 80%`);
    expect(headers.get('message-id')).toBe(`<event-${comment.json().id}@${MAIL_TEST_HOST}>`);
    expect(headers.get('in-reply-to')).toBe(`<request-${request.id}@${MAIL_TEST_HOST}>`);
    expect(headers.get('references')).toBe(`<request-${request.id}@${MAIL_TEST_HOST}>`);
    expect(headers.get('auto-submitted')).toBe('auto-generated');
    expect(headers.get('list-unsubscribe')).toMatch(new RegExp(`^<https://${MAIL_TEST_HOST}/api/unsubscribe\\?token=[^>]+>$`));
    expect(headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(headers.get('from')).toContain(`hub@${MAIL_TEST_HOST}`);
    expect(mail.text).toContain('Please clear the app cache <b>and</b> sync again.');
    expect(mail.text).toContain(`https://${MAIL_TEST_HOST}/requests/${request.reference}`);
    // HTML: the comment is escaped, nothing is loaded from elsewhere.
    expect(mail.html).toContain('&lt;b&gt;and&lt;/b&gt;');
    expect(mail.html).toContain('lang="en" dir="ltr"');
    expect(mail.html).not.toMatch(/<img|src=|url\(/i);

    const [sent] = await emailsOf(request.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    // Staff see who it went to (an internal event); the reporter does not.
    const staffTimeline = (await staff.get(`/api/requests/${request.id}/timeline`)).json().events;
    expect(staffTimeline.find((event: { type: string }) => event.type === 'notification_sent')).toMatchObject({
      isInternal: true,
      data: { recipient: reporter.email, kind: 'request_comment' },
    });
    const own = (await (await login(reporter)).get(`/api/requests/${request.id}/timeline`)).json().events;
    expect(own.map((event: { type: string }) => event.type)).not.toContain('notification_sent');
  });

  it('never mails an internal note, and no mail ever carries one', async () => {
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    const request = await buildRequest(t.db, reporter, { siteId: site.id });
    const staff = await login(siteAdmin);
    await staff.post(`/api/requests/${request.id}/comments`, {
      body: 'zebra-internal-note: reporter seems upset',
      internal: true,
    });
    await t.runMailJobs();
    expect(await emailsOf(request.id)).toEqual([]);

    await staff.post(`/api/requests/${request.id}/comments`, { body: 'We are looking into it.', internal: false });
    await staff.patch(`/api/requests/${request.id}`, { status: 'resolved', resolutionSummary: 'Password reset done.' });
    await t.runMailJobs();
    const rows = await emailsOf(request.id);
    expect(rows.map((row) => row.kind).sort()).toEqual(['request_comment', 'request_resolved']);
    for (const row of rows) expect(`${row.subject}${row.text}${row.html}`).not.toContain('zebra-internal');
    for (const mail of received(reporter.email)) expect(mail.text + mail.html).not.toContain('zebra-internal');
  });

  it('replaces what looks like case data with [removed] and says to open Support Hub', async () => {
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    const request = await buildRequest(t.db, reporter, { siteId: site.id, summary: 'Wrong age for case CP-2023-00042' });
    const staff = await login(siteAdmin);
    await staff.post(`/api/requests/${request.id}/comments`, {
      body: 'Call the caseworker on +232 76 123 456, the child was born 12/03/2015.',
      internal: false,
    });
    await t.runMailJobs();
    const [mail] = received(reporter.email);
    const everything = `${mail.headers.get('subject')}\n${mail.text}\n${mail.html}`;
    expect(everything).not.toContain('CP-2023-00042');
    expect(everything).not.toContain('76 123 456');
    expect(everything).not.toContain('12/03/2015');
    expect(mail.headers.get('subject')).toBe(`[${request.reference}] New comment: Wrong age for case [removed]`);
    expect(mail.text).toContain('Call the caseworker on [removed], the child was [removed].');
    expect(mail.text).toContain('Open Support Hub to read it.');
  });

  it('never mails the person who made the change', async () => {
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    const request = await buildRequest(t.db, reporter, { siteId: site.id });
    await (await login(reporter)).post(`/api/requests/${request.id}/comments`, { body: 'Any news?', internal: false });
    const self = await login(siteAdmin);
    await self.patch(`/api/requests/${request.id}`, { assigneeId: siteAdmin.id });
    expect(await emailsOf(request.id)).toEqual([]);
  });

  it('writes to a reporter without an account at their address, in the site’s language, on resolution', async () => {
    const frenchSite = await buildSite(t.db, { languages: ['fr', 'en'] });
    const frenchAdmin = await buildUser(t.db, 'site_admin', { siteIds: [frenchSite.id] });
    const request = await buildRequest(t.db, frenchAdmin, {
      siteId: frenchSite.id,
      summary: 'Impossible de se connecter',
      reporterName: 'Amina K.',
      reporterContact: 'amina.k@example.net',
    });
    const staff = await login(frenchAdmin);
    await staff.patch(`/api/requests/${request.id}`, { status: 'resolved', resolutionSummary: 'Mot de passe réinitialisé.' });
    await t.runMailJobs();
    const [mail] = received('amina.k@example.net');
    expect(mail.headers.get('subject')).toBe(`[${request.reference}] Résolue : Impossible de se connecter`);
    expect(mail.text).toContain('Mot de passe réinitialisé.');
    expect(mail.text).toContain('répondez à ce courriel pour rouvrir la demande');
    expect(mail.html).toContain('lang="fr"');
    // No account, so no preferences to unsubscribe from.
    expect(mail.headers.get('list-unsubscribe')).toBeUndefined();
  });

  it('tells a new assignee in their language (Arabic, right to left)', async () => {
    const arabicAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id], locale: 'ar' });
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    const request = await buildRequest(t.db, reporter, { siteId: site.id, summary: 'Sync error' });
    await (await login(siteAdmin)).patch(`/api/requests/${request.id}`, { assigneeId: arabicAdmin.id });
    await t.runMailJobs();
    const [mail] = received(arabicAdmin.email);
    expect(mail.headers.get('subject')).toBe(`[${request.reference}] أُسند إليك: Sync error`);
    expect(mail.html).toContain('lang="ar" dir="rtl"');
    expect(mail.text).toContain('أسند');
  });

  it('mails an escalation to the coordinators and help desk who cover it, then level 3 to the vendor team', async () => {
    const otherVendor = await buildUser(t.db, 'vendor', { vendorTeamId: (await buildVendorTeam(t.db, ['mrm'])).id });
    const team = await buildVendorTeam(t.db, ['cp']); // routes cp to this team (last one wins)
    const vendor = await buildUser(t.db, 'vendor', { vendorTeamId: team.id });
    const coordinator = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
    const elsewhere = await buildUser(t.db, 'coordinator', { siteIds: [(await buildSite(t.db)).id] });
    const helpDesk = await buildUser(t.db, 'help_desk');
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    const request = await buildRequest(t.db, reporter, { siteId: site.id, summary: 'Referral crashes' });

    const up = await (await login(siteAdmin)).post(`/api/requests/${request.id}/escalations`, {
      toLevel: 2,
      reason: 'Needs a configuration change at level 2',
      tried: 'Cleared cache',
    });
    expect(up.statusCode).toBe(201);
    await t.runMailJobs();
    const levelTwo = (await emailsOf(request.id)).filter((row) => row.kind === 'request_escalated');
    const recipients = levelTwo.map((row) => row.recipient);
    expect(recipients).toEqual(expect.arrayContaining([coordinator.email, helpDesk.email]));
    expect(recipients).not.toContain(elsewhere.email);
    expect(recipients).not.toContain(siteAdmin.email);
    const [toCoordinator] = received(coordinator.email);
    expect(toCoordinator.headers.get('subject')).toBe(`[${request.reference}] Escalated to level 2: Referral crashes`);
    expect(toCoordinator.text).toContain('Needs a configuration change at level 2');

    const l3 = await (await login(helpDesk)).post(`/api/requests/${request.id}/escalations`, {
      toLevel: 3,
      reason: 'Code change needed',
      dossier: completeDossier(site.id),
    });
    expect(l3.statusCode).toBe(201);
    await t.runMailJobs();
    const levelThree = (await emailsOf(request.id)).filter(
      (row) => row.kind === 'request_escalated' && row.text.includes('level 3'),
    );
    expect(levelThree.map((row) => row.recipient)).toEqual([vendor.email]);
    expect(levelThree[0].text).toContain(`for your team ${team.name}`);
    expect(received(otherVendor.email)).toEqual([]);
  });
});
