import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../../shared/schemas.ts';
import {
  attachments,
  emailSuppressions,
  helpRequests,
  inboundMessages,
  mailboxes,
  outboundEmails,
  timelineEvents,
} from '../../db/schema/index.ts';
import { createAttachmentStore } from '../../requests/attachment-storage.ts';
import { buildMime, TINY_PNG } from '../../test/build-mime.ts';
import { hasDovecot } from '../../test/dovecot.ts';
import { buildSite, buildUser } from '../../test/factories.ts';
import { createInboundTestApp, type InboundTestApp } from '../../test/inbound-test-app.ts';
import { MAIL_TEST_HOST } from '../../test/mail-test-app.ts';
import { parseMime } from '../../test/parse-mime.ts';
import { importInboundMail } from './import-inbound-mail.ts';
import { startMailboxPollers } from './mailbox-poller.ts';

let t: InboundTestApp;
let site: TSite;
let mailboxId: string;

const requestsBySummary = (summary: string) => t.db.select().from(helpRequests).where(eq(helpRequests.summary, summary));
const eventsOf = (requestId: string) =>
  t.db.select().from(timelineEvents).where(eq(timelineEvents.requestId, requestId)).orderBy(timelineEvents.id);

/** Delivers a message to Dovecot and runs one poller round over it. */
async function deliverAndPoll(raw: Buffer | string) {
  await t.imap.deliver(raw);
  return t.pollOnce(mailboxId);
}

describe.skipIf(!hasDovecot)('mail intake from a real IMAP mailbox (Dovecot on loopback)', () => {
  beforeAll(async () => {
    t = await createInboundTestApp();
    site = await buildSite(t.db, { languages: ['fr', 'en'], modules: ['cp'], sendsMailAcknowledgement: true });
    mailboxId = await t.addMailbox({ siteId: site.id });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('turns a French message with an accented subject and a PNG into a request, acknowledged in French as an auto-reply', async () => {
    const report = await deliverAndPoll(
      await buildMime({
        from: 'Aminata Kamara <aminata@partner.example.net>',
        to: t.imap.user,
        subject: 'Problème de synchronisation après la mise à jour',
        messageId: '<first-1@partner.example.net>',
        text: 'Bonjour, la tablette ne synchronise plus depuis hier. Écran joint.',
        attachments: [
          { filename: 'écran.png', content: TINY_PNG, contentType: 'image/png' },
          { filename: 'notes.docx', content: Buffer.from('PK not really a docx'), contentType: 'application/octet-stream' },
        ],
      }),
    );
    expect(report).toEqual({ outcomes: ['request_created'], failures: 0 });
    const [request] = await requestsBySummary('Problème de synchronisation après la mise à jour');
    expect(request).toMatchObject({
      siteId: site.id,
      channel: 'email',
      reporterId: null,
      reporterName: 'Aminata Kamara',
      reporterContact: 'aminata@partner.example.net',
      createdById: null,
      source: { via: 'email', mailboxId, messageId: '<first-1@partner.example.net>' },
    });
    expect(request.description).toContain('la tablette ne synchronise plus');
    const files = await t.db.select().from(attachments).where(eq(attachments.requestId, request.id));
    expect(files).toMatchObject([{ fileName: 'écran.png', contentType: 'image/png', size: TINY_PNG.length }]);
    const problem = (await eventsOf(request.id)).find((event) => event.type === 'email_problem');
    expect(problem?.data.problems).toEqual([expect.stringContaining('“notes.docx” was not kept')]);
    // Flagged in the mailbox only after it was recorded.
    expect(await t.imap.flags()).toEqual([expect.arrayContaining(['\\Seen'])]);

    await t.runMailJobs();
    const ack = t.sink.received.find((mail) => mail.to.includes('aminata@partner.example.net'));
    expect(ack).toBeDefined();
    const parsed = parseMime(ack?.raw ?? '');
    expect(parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(parsed.headers.get('subject')).toContain(`[${request.reference}]`);
    expect(parsed.headers.get('in-reply-to')).toBe('<first-1@partner.example.net>');
    expect(parsed.headers.get('references')).toContain(`<request-${request.id}@${MAIL_TEST_HOST}>`);
    expect(parsed.text).toContain('Nous avons bien reçu votre demande');
  });

  it('matches the sender to an account by address, whatever its case', async () => {
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id], email: 'known.reporter@partner.example.net' });
    await deliverAndPoll(
      await buildMime({
        from: 'KNOWN.Reporter@Partner.example.net',
        to: t.imap.user,
        subject: 'Account holder writes',
        text: 'Hello',
      }),
    );
    const [request] = await requestsBySummary('Account holder writes');
    expect(request).toMatchObject({
      reporterId: reporter.id,
      reporterName: reporter.name,
      reporterContact: reporter.email,
      createdById: reporter.id,
    });
  });

  it('threads a reply by the [reference] in its subject into a public comment, without the quoted mail', async () => {
    await deliverAndPoll(
      await buildMime({
        from: 'zainab@partner.example.net',
        to: t.imap.user,
        subject: 'Printer of referrals',
        text: 'It prints blank pages.',
      }),
    );
    const [request] = await requestsBySummary('Printer of referrals');
    const report = await deliverAndPoll(
      await buildMime({
        from: 'Zainab <zainab@partner.example.net>',
        to: t.imap.user,
        subject: `RE: [${request.reference}] Printer of referrals`,
        text: 'It also happens with PDFs.\n\nOn Tue, 3 Mar 2026 Support wrote:\n> earlier text',
      }),
    );
    expect(report.outcomes).toEqual(['comment_added']);
    const comment = (await eventsOf(request.id)).find((event) => event.type === 'comment');
    expect(comment).toMatchObject({
      isInternal: false,
      actorId: null,
      body: 'It also happens with PDFs.',
      data: { via: 'email', fromName: 'Zainab' },
    });
    expect(await requestsBySummary('Printer of referrals')).toHaveLength(1);
  });

  it('threads a reply to a notification by In-Reply-To, and a request waiting on its reporter goes back in progress', async () => {
    await deliverAndPoll(
      await buildMime({
        from: 'omar@partner.example.net',
        to: t.imap.user,
        subject: 'Cases list is slow',
        text: 'Takes a minute.',
      }),
    );
    const [request] = await requestsBySummary('Cases list is slow');
    const staff = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
    const client = await t.login(staff.email, staff.password);
    expect(
      (await client.post(`/api/requests/${request.id}/comments`, { body: 'Which browser do you use?', isInternal: false }))
        .statusCode,
    ).toBe(201);
    expect((await client.patch(`/api/requests/${request.id}`, { status: 'waiting_on_reporter' })).statusCode).toBe(200);
    const [notification] = await t.db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.requestId, request.id), eq(outboundEmails.kind, 'request_comment')));
    expect(notification.messageId).toMatch(new RegExp(`^<event-\\d+@${MAIL_TEST_HOST}>$`));
    const report = await deliverAndPoll(
      await buildMime({
        from: 'omar@partner.example.net',
        to: t.imap.user,
        subject: 'Re: your question',
        inReplyTo: notification.messageId,
        references: [`<request-${request.id}@${MAIL_TEST_HOST}>`, notification.messageId],
        text: 'Firefox 128.',
      }),
    );
    expect(report.outcomes).toEqual(['comment_added']);
    const [after] = await requestsBySummary('Cases list is slow');
    expect(after.status).toBe('in_progress');
    expect((await eventsOf(request.id)).filter((event) => event.type === 'comment').map((event) => event.body)).toEqual([
      'Which browser do you use?',
      'Firefox 128.',
    ]);
  });

  it('threads a reply to an earlier inbound message by its References', async () => {
    await deliverAndPoll(
      await buildMime({
        from: 'lina@partner.example.net',
        to: t.imap.user,
        subject: 'Form field missing',
        messageId: '<lina-1@partner.example.net>',
        text: 'The age field is gone.',
      }),
    );
    const report = await deliverAndPoll(
      await buildMime({
        from: 'lina@partner.example.net',
        to: t.imap.user,
        subject: 'one more thing',
        references: ['<lina-1@partner.example.net>'],
        text: 'Also the sex field.',
      }),
    );
    expect(report.outcomes).toEqual(['comment_added']);
  });

  it('a reply to a resolved request reopens it, or opens a linked new one when the mailbox says so', async () => {
    const staff = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
    const client = await t.login(staff.email, staff.password);
    await deliverAndPoll(
      await buildMime({ from: 'ana@partner.example.net', to: t.imap.user, subject: 'Password reset', text: 'Locked out.' }),
    );
    const [first] = await requestsBySummary('Password reset');
    await client.patch(`/api/requests/${first.id}`, { status: 'resolved', resolutionSummary: 'Reset it.' });
    expect(
      (
        await deliverAndPoll(
          await buildMime({
            from: 'ana@partner.example.net',
            to: t.imap.user,
            subject: `Re: [${first.reference}] Password reset`,
            text: 'Still locked.',
          }),
        )
      ).outcomes,
    ).toEqual(['reopened']);
    const [reopened] = await requestsBySummary('Password reset');
    expect(reopened).toMatchObject({ status: 'in_progress', resolvedAt: null });
    expect((await eventsOf(first.id)).map((event) => event.type)).toContain('reopened');

    await client.patch(`/api/requests/${first.id}`, { status: 'resolved', resolutionSummary: 'Reset again.' });
    await client.patch(`/api/requests/${first.id}`, { status: 'closed' });
    expect((await t.admin.patch(`/api/sites/${site.id}`, { closedMailReplyAction: 'new_request' })).statusCode).toBe(200);
    const report = await deliverAndPoll(
      await buildMime({
        from: 'ana@partner.example.net',
        to: t.imap.user,
        subject: `Re: [${first.reference}] Password reset`,
        text: 'Locked out again a month later.',
      }),
    );
    expect(report.outcomes).toEqual(['follow_up_created']);
    const [closed] = await t.db.select().from(helpRequests).where(eq(helpRequests.id, first.id));
    expect(closed.status).toBe('closed');
    const link = (await eventsOf(first.id)).find((event) => event.type === 'request_linked');
    const [followUp] = await t.db
      .select()
      .from(helpRequests)
      .where(eq(helpRequests.id, String(link?.data.requestId)));
    expect(followUp).toMatchObject({ siteId: site.id, channel: 'email', status: 'new', summary: 'Password reset' });
    expect(followUp.description).toContain(`Follow-up to ${first.reference}`);
    expect((await eventsOf(followUp.id)).find((event) => event.type === 'request_linked')?.data).toMatchObject({
      requestId: first.id,
      relation: 'follow_up_of',
    });
    await t.admin.patch(`/api/sites/${site.id}`, { closedMailReplyAction: 'reopen' });
  });

  it('never files or answers machines: Auto-Submitted, Precedence, X-Autoreply, X-Auto-Response-Suppress, our own mail', async () => {
    await t.runMailJobs();
    const before = t.sink.received.length;
    const machine = (subject: string, headers: Record<string, string>, messageId?: string) =>
      buildMime({
        from: 'robot@partner.example.net',
        to: t.imap.user,
        subject,
        headers,
        text: 'I am away.',
        ...(messageId ? { messageId } : {}),
      });
    await t.imap.deliver(await machine('Out of office 1', { 'Auto-Submitted': 'auto-replied' }));
    await t.imap.deliver(await machine('Newsletter', { Precedence: 'bulk' }));
    await t.imap.deliver(await machine('Out of office 2', { 'X-Autoreply': 'yes' }));
    await t.imap.deliver(await machine('Out of office 3', { 'X-Auto-Response-Suppress': 'All' }));
    await t.imap.deliver(await machine('Looped', {}, `<event-999999@${MAIL_TEST_HOST}>`));
    await t.imap.deliver(await machine('A person after all', { 'Auto-Submitted': 'no' }));
    const report = await t.pollOnce(mailboxId);
    expect(report.outcomes).toEqual(['auto_reply', 'auto_reply', 'auto_reply', 'auto_reply', 'own_message', 'request_created']);
    for (const subject of ['Out of office 1', 'Newsletter', 'Out of office 2', 'Out of office 3', 'Looped']) {
      expect(await requestsBySummary(subject)).toHaveLength(0);
    }
    await t.runMailJobs();
    // Only the person's request is acknowledged.
    expect(t.sink.received.slice(before).map((mail) => parseMime(mail.raw).headers.get('subject'))).toEqual([
      expect.stringContaining('A person after all'),
    ]);
  });

  it('files a bounce on the request it bounces from, marks the address failing, and no mail goes there again', async () => {
    await deliverAndPoll(
      await buildMime({ from: 'gone@partner.example.net', to: t.imap.user, subject: 'Tablet lost', text: 'It was stolen.' }),
    );
    const [request] = await requestsBySummary('Tablet lost');
    await t.runMailJobs();
    const [ack] = await t.db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.requestId, request.id), eq(outboundEmails.kind, 'acknowledgement')));
    const bounce = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.partner.example.net>',
      `To: ${t.imap.user}`,
      'Subject: Undelivered Mail Returned to Sender',
      'Message-ID: <bounce-1@mx.partner.example.net>',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.partner.example.net',
      '',
      'Final-Recipient: rfc822; gone@partner.example.net',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
      '--b1',
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: ${ack.messageId}`,
      `Subject: ${ack.subject}`,
      '--b1--',
      '',
    ].join('\r\n');
    expect((await deliverAndPoll(bounce)).outcomes).toEqual(['bounce']);
    expect(await requestsBySummary('Undelivered Mail Returned to Sender')).toHaveLength(0);
    const filed = (await eventsOf(request.id)).find((event) => event.type === 'email_bounced');
    expect(filed).toMatchObject({
      isInternal: true,
      data: { recipient: 'gone@partner.example.net', error: '5.1.1 smtp; 550 5.1.1 User unknown' },
    });
    const [suppression] = await t.db
      .select()
      .from(emailSuppressions)
      .where(eq(emailSuppressions.address, 'gone@partner.example.net'));
    expect(suppression.requestId).toBe(request.id);
    const [bounced] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.id, ack.id));
    expect(bounced).toMatchObject({ status: 'failed', lastError: expect.stringContaining('User unknown') });

    // A staff comment would mail the reporter: it is kept, suppressed, and never reaches SMTP.
    const staff = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
    const client = await t.login(staff.email, staff.password);
    await client.post(`/api/requests/${request.id}/comments`, { body: 'Please report it to the police.', isInternal: false });
    const before = t.sink.received.length;
    await t.runMailJobs();
    expect(t.sink.received.length).toBe(before);
    const [comment] = await t.db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.requestId, request.id), eq(outboundEmails.kind, 'request_comment')));
    expect(comment).toMatchObject({ status: 'suppressed', lastError: expect.stringContaining('bounced earlier') });
    const outbox = await t.admin.get('/api/outbox?status=suppressed');
    expect(outbox.json().items.map((item: { id: string }) => item.id)).toContain(comment.id);
  });

  it('imports exactly once when the process dies between recording a message and flagging it', async () => {
    const raw = await buildMime({
      from: 'twice@partner.example.net',
      to: t.imap.user,
      subject: 'Delivered twice',
      messageId: '<twice@partner.example.net>',
      text: 'Once please.',
    });
    await t.imap.deliver(raw);
    // The "crash": the message was imported and committed, but never flagged in the mailbox.
    const [mailbox] = await t.db.select().from(mailboxes).where(eq(mailboxes.id, mailboxId));
    const first = await importInboundMail({ db: t.db, store: createAttachmentStore(t.dataDir), config: t.config, mailbox, raw });
    expect(first.outcome).toBe('request_created');
    expect((await t.imap.flags()).at(-1)).not.toContain('\\Seen');
    // The restarted poller finds it unseen, recognises it, and only flags it.
    expect((await t.pollOnce(mailboxId)).outcomes).toEqual(['duplicate']);
    expect((await t.imap.flags()).at(-1)).toContain('\\Seen');
    // The same message delivered a second time (a duplicate delivery) changes nothing either.
    expect((await deliverAndPoll(raw)).outcomes).toEqual(['duplicate']);
    expect(await requestsBySummary('Delivered twice')).toHaveLength(1);
    const records = await t.db
      .select()
      .from(inboundMessages)
      .where(eq(inboundMessages.messageKey, '<twice@partner.example.net>'));
    expect(records).toMatchObject([{ outcome: 'request_created', requestId: first.requestId }]);
  });

  it('keeps what it can of malformed MIME, a wrong charset and a message without Message-ID, and notes the problem', async () => {
    const broken = [
      'From: broken@partner.example.net',
      `To: ${t.imap.user}`,
      'Subject: Broken message',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="never-closed"',
      '',
      '--never-closed',
      'Content-Type: text/plain; charset=x-unknown-charset',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'The sync fails =E9=E8 with code 42.',
      '--never-closed',
      'Content-Type: image/png; name="shot.png"',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo!!!not base64',
      '',
    ].join('\r\n');
    const report = await deliverAndPoll(broken);
    expect(report).toEqual({ outcomes: ['request_created'], failures: 0 });
    const [request] = await requestsBySummary('Broken message');
    expect(request.description).toContain('The sync fails');
    const [record] = await t.db.select().from(inboundMessages).where(eq(inboundMessages.requestId, request.id));
    expect(record.messageKey).toMatch(/^sha256:[0-9a-f]{64}$/);
    // Delivered again, the content hash recognises it.
    expect((await deliverAndPoll(broken)).outcomes).toEqual(['duplicate']);
  });

  it('the background poller picks new mail up by itself (IDLE) and records when it last checked', async () => {
    const pollers = startMailboxPollers({
      db: t.db,
      store: createAttachmentStore(t.dataDir),
      config: t.config,
      pollIntervalMs: 60_000,
      refreshIntervalMs: 60_000,
    });
    try {
      // Let it connect and settle into IDLE, then deliver: only IDLE can notice it within the minute.
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const [mailbox] = await t.db.select().from(mailboxes).where(eq(mailboxes.id, mailboxId));
        if (mailbox.lastCheckedAt) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await t.imap.deliver(
        await buildMime({ from: 'idle@partner.example.net', to: t.imap.user, subject: 'Arrived while idling', text: 'Hi' }),
      );
      let created: (typeof helpRequests.$inferSelect)[] = [];
      while (Date.now() < deadline && created.length === 0) {
        created = await requestsBySummary('Arrived while idling');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(created).toHaveLength(1);
      const [mailbox] = await t.db.select().from(mailboxes).where(eq(mailboxes.id, mailboxId));
      expect(mailbox).toMatchObject({ lastError: null, lastCheckedAt: expect.any(Date) });
    } finally {
      await pollers.stop();
    }
  }, 60_000);
});
