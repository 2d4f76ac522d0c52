import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TNoticeBoard } from '../../shared/notice-schemas.ts';
import { jobs, noticeDeliveries } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { TEST_PASSWORD } from '../test/factories.ts';
import { createMailTestApp, MAIL_TEST_HOST, type MailTestApp } from '../test/mail-test-app.ts';
import { parseMime } from '../test/parse-mime.ts';
import { runDueJobs } from '../test/run-due-jobs.ts';
import { noticeJobHandlers } from './notice-job-handlers.ts';
import { NOTICE_REMINDERS_JOB } from './notice-job-names.ts';
import { buildNoticeWorld, hoursFromNow, type NoticeWorld } from './notice-test-world.ts';
import { sendNoticeReminders } from './send-notice-reminders.ts';

let t: MailTestApp;
let w: NoticeWorld;
let noticeId: string;

beforeAll(async () => {
  t = await createMailTestApp();
  w = await buildNoticeWorld(t);
});
afterAll(() => t?.close());

const login = (user: Actor) => t.login(user.email, TEST_PASSWORD);
const runJobs = () => runDueJobs(t.db, { ...t.handlers, ...noticeJobHandlers({ db: t.db, config: t.config }) });
const mailsTo = (address: string) =>
  t.sink.received.filter((mail) => mail.to.includes(address)).map((mail) => parseMime(mail.raw));
const receiptToken = (text: string) => {
  const match = text.match(
    new RegExp(`https://${MAIL_TEST_HOST.replace(/\./g, '\\.')}/notices/receipt\\?token=([A-Za-z0-9._-]+)`),
  );
  if (!match) throw new Error('no receipt link in the mail');
  return match[1];
};
const siteOf = (board: TNoticeBoard, siteId: string) => {
  const site = board.sites.find((candidate) => candidate.id === siteId);
  if (!site) throw new Error('site missing from the board');
  return site;
};
const hop = (board: TNoticeBoard, siteId: string, name: string) =>
  siteOf(board, siteId).hops.find((figures) => figures.hop === name);

describe('[NOTICES]: a downtime notice cascades from the help desk to end users, over SMTP', () => {
  it('the help desk issues it; each coordinator gets one mail per site, in site time', async () => {
    const desk = await login(w.helpDesk);
    const issued = await desk.post('/api/notices', {
      type: 'downtime',
      versions: [
        { language: 'en', title: 'Database upgrade', body: 'Primero will be **offline**; sync before.' },
        { language: 'es', title: 'Actualización de la base de datos', body: 'Primero estará **fuera de línea**.' },
      ],
      windowStart: '2099-03-10T08:00:00Z',
      windowEnd: '2099-03-10T12:00:00Z',
      siteIds: [w.siteA.id, w.siteB.id, w.siteC.id],
      requestReferences: [w.phoneRequest.reference.toLowerCase()],
      releaseVersion: 'v2.15.2',
    });
    expect(issued.statusCode, issued.body).toBe(201);
    noticeId = issued.json().id;
    await runJobs();

    const coordMails = mailsTo(w.coordAB.email);
    expect(coordMails).toHaveLength(2);
    const [forA] = coordMails.filter((mail) => mail.text.includes(w.siteA.name));
    expect(forA.headers.get('subject')).toBe('[Downtime] Database upgrade');
    // 08:00 UTC is 08:00 in Freetown (UTC+0), 03:00 in Bogotá (UTC−5).
    expect(forA.text).toMatch(/8:00\sAM\s–\s12:00\sPM \(Africa\/Freetown\)/);
    const [forB] = coordMails.filter((mail) => mail.text.includes(w.siteB.name));
    expect(forB.text).toMatch(/3:00\s–\s7:00\sAM \(America\/Bogota\)/);
    expect(forA.text).toContain('relay it to the site administrators');
    expect(forA.headers.get('list-unsubscribe')).toBeUndefined();
    expect(forA.text).not.toContain('/api/unsubscribe');
    expect(mailsTo(w.coordC.email)).toHaveLength(1);
    // Nobody further down heard of it yet.
    expect(mailsTo(w.adminA.email)).toHaveLength(0);
    expect(mailsTo(w.reporterA.email)).toHaveLength(0);

    const notice = (await desk.get(`/api/notices/${noticeId}`)).json();
    expect(notice).toMatchObject({ phase: 'scheduled', round: 1, roundKind: 'issued', releaseVersion: 'v2.15.2' });
    expect(notice.requests).toEqual([{ id: w.phoneRequest.id, reference: w.phoneRequest.reference }]);
    expect(notice.bodyHtml).toContain('<strong>offline</strong>');

    const board = (await desk.get(`/api/notices/${noticeId}/board`)).json() as TNoticeBoard;
    expect(siteOf(board, w.siteA.id).reached).toBe('coordinator');
    expect(hop(board, w.siteA.id, 'coordinator')).toEqual({
      hop: 'coordinator',
      sent: 1,
      delivered: 1,
      opened: 0,
      acknowledged: 0,
    });
  });

  it('the coordinator relays with local words to the site admins; a second relay is refused', async () => {
    const coord = await login(w.coordAB);
    const inbox = (await coord.get('/api/notices/inbox')).json().items;
    expect(inbox.map((item: { siteId: string }) => item.siteId).sort()).toEqual([w.siteA.id, w.siteB.id].sort());

    const relayed = await coord.post(`/api/notices/${noticeId}/relay`, {
      siteId: w.siteA.id,
      localWords: 'Use the paper forms; the office is open.',
    });
    expect(relayed.statusCode, relayed.body).toBe(200);
    expect(relayed.json()).toEqual({ hop: 'site_admin', reached: 1 });
    expect((await coord.post(`/api/notices/${noticeId}/relay`, { siteId: w.siteA.id })).statusCode).toBe(409);
    expect((await coord.post(`/api/notices/${noticeId}/relay`, { siteId: w.siteC.id })).statusCode).toBe(403);
    expect((await coord.get('/api/notices/inbox')).json().items).toHaveLength(1);

    await runJobs();
    const [mail] = mailsTo(w.adminA.email);
    expect(mail.text).toContain(`Note from ${w.coordAB.name}:`);
    expect(mail.text).toContain('> Use the paper forms\\; the office is open.'.replace('\\;', ';'));
    expect(mail.text).toContain('relay it to the users of this site');
    expect(mailsTo(w.adminB.email)).toHaveLength(0);
  });

  it('the Spanish site admin gets the Spanish version in Spanish', async () => {
    const coord = await login(w.coordAB);
    expect((await coord.post(`/api/notices/${noticeId}/relay`, { siteId: w.siteB.id })).statusCode).toBe(200);
    await runJobs();
    const [mail] = mailsTo(w.adminB.email);
    expect(mail.headers.get('subject')).toBe('[Interrupción] Actualización de la base de datos');
    expect(mail.text).toContain('(America/Bogota)');
    expect(mail.html).toContain('lang="es"');
  });

  it('the site admin relays to reporters and the contacts on open requests, who acknowledge through the link', async () => {
    const admin = await login(w.adminA);
    const own = (await admin.get(`/api/notices/${noticeId}`)).json();
    expect(own.abilities.relaySiteIds).toEqual([w.siteA.id]);
    expect(own.myDeliveries[0]).toMatchObject({
      hop: 'site_admin',
      senderName: w.coordAB.name,
      localWords: 'Use the paper forms; the office is open.',
    });
    const relayed = await admin.post(`/api/notices/${noticeId}/relay`, {
      siteId: w.siteA.id,
      localWords: 'Ring me on the office line if stuck.',
    });
    expect(relayed.json()).toEqual({ hop: 'end_user', reached: 2 });
    await runJobs();

    const [reporterMail] = mailsTo(w.reporterA.email);
    expect(reporterMail.text).toContain('Ring me on the office line if stuck.');
    expect(reporterMail.text).toContain('confirm you have read it');
    const [contactMail] = mailsTo('field.worker@ngo.example.net');
    expect(contactMail.headers.get('subject')).toBe('[Downtime] Database upgrade');

    const anonymous = t.anonymous();
    const token = receiptToken(contactMail.text);
    const opened = await anonymous.get(`/api/public/notice-receipt?token=${token}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({
      title: 'Database upgrade',
      acknowledgedAt: null,
      site: { id: w.siteA.id, timeZone: 'Africa/Freetown' },
    });
    const acked = await anonymous.post('/api/public/notice-receipt/acknowledge', { token });
    expect(acked.json().acknowledgedAt).not.toBeNull();
    expect((await anonymous.get(`/api/public/notice-receipt?token=${token.slice(0, -2)}xx`)).statusCode).toBe(404);

    const reporter = await login(w.reporterA);
    expect((await reporter.post(`/api/notices/${noticeId}/acknowledge`)).statusCode).toBe(200);
  });

  it('the board shows per site how far it got and who has not acknowledged', async () => {
    const desk = await login(w.helpDesk);
    const board = (await desk.get(`/api/notices/${noticeId}/board`)).json() as TNoticeBoard;
    expect(siteOf(board, w.siteA.id).reached).toBe('end_user');
    expect(hop(board, w.siteA.id, 'coordinator')).toMatchObject({ sent: 1, delivered: 1, opened: 1, acknowledged: 1 });
    expect(hop(board, w.siteA.id, 'site_admin')).toMatchObject({ sent: 1, delivered: 1, opened: 1, acknowledged: 1 });
    expect(hop(board, w.siteA.id, 'end_user')).toEqual({ hop: 'end_user', sent: 2, delivered: 2, opened: 2, acknowledged: 2 });
    expect(siteOf(board, w.siteA.id).notAcknowledged).toEqual([]);
    expect(siteOf(board, w.siteB.id)).toMatchObject({
      reached: 'site_admin',
      notAcknowledged: [{ hop: 'site_admin', name: w.adminB.name }],
    });
    expect(siteOf(board, w.siteC.id)).toMatchObject({
      reached: 'coordinator',
      notAcknowledged: [{ hop: 'coordinator', name: w.coordC.name }],
    });
  });

  it('reminds, once, the coordinator who never relayed and the site admin who has not, close to the window', async () => {
    const [job] = await t.db.select().from(jobs).where(eq(jobs.name, NOTICE_REMINDERS_JOB));
    expect(job).toMatchObject({ status: 'queued', payload: { noticeId, round: 1 } });
    // The window is far away: the reminder waits until 24 hours before it.
    expect(job.runAt.toISOString()).toBe('2099-03-09T08:00:00.000Z');
    await t.db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.id, job.id)); // time passes
    const before = t.sink.received.length;
    await runJobs();
    const reminders = t.sink.received
      .slice(before)
      .map((mail) => ({ to: mail.to[0], subject: parseMime(mail.raw).headers.get('subject') }));
    expect(reminders.sort((a, b) => a.to.localeCompare(b.to))).toEqual(
      [
        { to: w.coordC.email, subject: '[Reminder · Downtime] Database upgrade' },
        { to: w.adminB.email, subject: '[Recordatorio · Interrupción] Actualización de la base de datos' },
      ].sort((a, b) => a.to.localeCompare(b.to)),
    );
    // Run again (a job that ran twice): nobody is reminded a second time.
    expect(await sendNoticeReminders({ db: t.db, settings: t.config, noticeId, round: 1, now: new Date() })).toBe(0);
    const reminded = await t.db
      .select()
      .from(noticeDeliveries)
      .where(and(eq(noticeDeliveries.noticeId, noticeId), eq(noticeDeliveries.recipientId, w.coordC.id)));
    expect(reminded[0].reminderSentAt).toBeInstanceOf(Date);
  });

  it('a changed window cascades as a new round marked as a change, and the old round’s reminder stays silent', async () => {
    const desk = await login(w.helpDesk);
    const changed = await desk.post(`/api/notices/${noticeId}/window`, {
      windowStart: '2099-03-11T08:00:00Z',
      windowEnd: '2099-03-11T10:00:00Z',
      note: 'Moved by one day at the ministry’s request.',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().round).toBe(2);
    const before = t.sink.received.length;
    await runJobs();
    const round2 = t.sink.received.slice(before).map((mail) => parseMime(mail.raw));
    expect(round2).toHaveLength(3); // the coordinators again, one mail per site
    expect(round2.map((mail) => mail.headers.get('subject'))).toContain('[Changed · Downtime] Database upgrade');
    expect(round2[0].text).toContain('Moved by one day');
    expect(mailsTo(w.adminA.email)).toHaveLength(1); // not yet: the coordinator relays the change

    const coord = await login(w.coordAB);
    expect((await coord.get('/api/notices/inbox')).json().items).toHaveLength(2);
    expect((await coord.post(`/api/notices/${noticeId}/relay`, { siteId: w.siteA.id })).statusCode).toBe(200);
    await runJobs();
    expect(mailsTo(w.adminA.email).at(-1)?.headers.get('subject')).toBe('[Changed · Downtime] Database upgrade');
    const board = (await desk.get(`/api/notices/${noticeId}/board`)).json() as TNoticeBoard;
    expect(board).toMatchObject({ round: 2, roundKind: 'update' });
    expect(siteOf(board, w.siteA.id).reached).toBe('site_admin');
    expect(await sendNoticeReminders({ db: t.db, settings: t.config, noticeId, round: 1, now: new Date() })).toBe(0);
  });

  it('a cancellation cascades the same way, and nothing can be changed afterwards', async () => {
    const desk = await login(w.helpDesk);
    const cancelled = await desk.post(`/api/notices/${noticeId}/cancel`, { reason: 'The upgrade is postponed to next quarter.' });
    expect(cancelled.json().round).toBe(3);
    const before = t.sink.received.length;
    await runJobs();
    const round3 = t.sink.received.slice(before).map((mail) => parseMime(mail.raw));
    expect(round3.map((mail) => mail.headers.get('subject'))).toContain('[Cancelled · Downtime] Database upgrade');
    expect(round3.find((mail) => mail.headers.get('subject')?.includes('Cancelado'))).toBeUndefined(); // coordinators are English
    const coord = await login(w.coordAB);
    expect(
      (await coord.post(`/api/notices/${noticeId}/relay`, { siteId: w.siteB.id, localWords: 'Cancelled, work as usual.' }))
        .statusCode,
    ).toBe(200);
    await runJobs();
    expect(mailsTo(w.adminB.email).at(-1)?.headers.get('subject')).toBe(
      '[Cancelado · Interrupción] Actualización de la base de datos',
    );

    const notice = (await desk.get(`/api/notices/${noticeId}`)).json();
    expect(notice).toMatchObject({ phase: 'cancelled', cancelReason: 'The upgrade is postponed to next quarter.' });
    expect(notice.rounds.map((round: { kind: string }) => round.kind)).toEqual(['issued', 'update', 'cancellation']);
    expect(notice.abilities).toMatchObject({ change: false, cancel: false });
    expect((await desk.post(`/api/notices/${noticeId}/cancel`, { reason: 'again' })).statusCode).toBe(403);
  });

  it('refuses a window that ends before it starts, naming the field', async () => {
    const desk = await login(w.helpDesk);
    const response = await desk.post('/api/notices', {
      type: 'training',
      versions: [{ language: 'en', title: 'Training', body: '' }],
      windowStart: hoursFromNow(5),
      windowEnd: hoursFromNow(4),
      siteIds: [w.siteA.id],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([{ field: 'windowEnd', message: 'Must be after the start' }]);
    const noSite = await desk.post('/api/notices', {
      type: 'training',
      versions: [{ language: 'en', title: 'Training', body: '' }],
      windowStart: hoursFromNow(5),
      windowEnd: hoursFromNow(6),
      modules: ['mrm'],
    });
    expect(noSite.statusCode).toBe(422);
    expect(noSite.json().errors[0].field).toBe('modules');
  });
});
