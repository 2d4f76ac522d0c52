import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboundEmails } from '../server/db/schema/index.ts';
import { mailJobHandlers } from '../server/mail/mail-job-handlers.ts';
import { buildRequest, buildSite, buildUser } from '../server/test/factories.ts';
import { parseMime } from '../server/test/parse-mime.ts';
import { runDueJobs } from '../server/test/run-due-jobs.ts';
import { type SmtpSink, startSmtpSink } from '../server/test/smtp-sink.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';

describe.skipIf(!hasBrowser())('[MAIL]: a reply in the UI reaches the SMTP server; the admin outbox retries, in Chromium', () => {
  let server: RunningApp;
  let sink: SmtpSink;
  let browser: Browser;
  let reference = '';
  let requestId = '';
  const emails = { siteAdmin: '', reporter: '', admin: '' };
  const runMailJobs = () => runDueJobs(server.db, mailJobHandlers({ db: server.db, config: server.config }));

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startAppServer({
      publicUrl: 'https://help.example.org',
      smtp: { host: '127.0.0.1', port: sink.port, isSecure: false, user: undefined, password: undefined },
    });
    const site = await buildSite(server.db, { code: 'SLE', name: 'Sierra Leone' });
    const siteAdmin = await buildUser(server.db, 'site_admin', { siteIds: [site.id] });
    const reporter = await buildUser(server.db, 'reporter', { siteIds: [site.id] });
    emails.siteAdmin = siteAdmin.email;
    emails.reporter = reporter.email;
    emails.admin = (await buildUser(server.db, 'admin')).email;
    const request = await buildRequest(server.db, reporter, { siteId: site.id, summary: 'Reports page is empty' });
    reference = request.reference;
    requestId = request.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  const signInAs = (email: string, width = 1280) => signIn(browser, server.url, email, width);

  it('site admin replies on a phone; the reporter’s mail reaches the SMTP server', async () => {
    const page = await signInAs(emails.siteAdmin, 375);
    await page.goto(`${server.url}/requests/${reference}`);
    await page.getByTestId('comment-body').fill('Please reload the report after the nightly sync.');
    await page.getByTestId('comment-submit').click();
    await page.locator('[data-testid="timeline-event"][data-event-type="comment"]').waitFor();
    await runMailJobs();
    const mails = sink.received.filter((mail) => mail.to.includes(emails.reporter)).map((mail) => parseMime(mail.raw));
    expect(mails).toHaveLength(1);
    expect(mails[0].headers.get('subject')).toBe(`[${reference}] New comment: Reports page is empty`);
    expect(mails[0].text).toContain('Please reload the report after the nightly sync.');
    await page.context().close();
  });

  it('the admin sees the outbox, reads a mail and retries a failed one', async () => {
    sink.rejectRecipient = (to) => (to === emails.reporter ? { code: 550, message: '5.1.1 Mailbox unavailable' } : null);
    const staff = await signInAs(emails.siteAdmin);
    await staff.goto(`${server.url}/requests/${reference}`);
    await staff.getByTestId('comment-body').fill('A second answer.');
    await staff.getByTestId('comment-submit').click();
    await expect.poll(() => staff.locator('[data-testid="timeline-event"][data-event-type="comment"]').count()).toBe(2);
    await runMailJobs();
    const rows = await server.db.select().from(outboundEmails).where(eq(outboundEmails.requestId, requestId));
    expect(rows.map((row) => row.status).sort()).toEqual(['failed', 'sent']);
    sink.rejectRecipient = () => null;

    const page = await signInAs(emails.admin);
    await page.goto(`${server.url}/admin?tab=outbox`);
    await page.getByTestId('admin-tab-outbox').waitFor();
    const table = page.getByTestId('outbox-table');
    await expect.poll(() => table.getByTestId('outbox-row').count()).toBe(2);
    const failed = table.locator('[data-testid="outbox-row"][data-status="failed"]');
    expect(await failed.textContent()).toContain('550 5.1.1 Mailbox unavailable');
    await failed.getByTestId('outbox-view').click();
    expect(await page.getByTestId('outbox-email-text').textContent()).toContain('A second answer.');

    await failed.getByTestId('outbox-retry').click();
    await table.locator('[data-testid="outbox-row"][data-status="queued"]').waitFor();
    await runMailJobs();
    await page.getByTestId('outbox-status-filter').selectOption('sent');
    await expect.poll(() => table.locator('[data-testid="outbox-row"][data-status="sent"]').count()).toBe(2);
  });

  it('the reporter turns comment mail into a daily summary on the account page', async () => {
    const page = await signInAs(emails.reporter);
    await page.goto(`${server.url}/account/password#notifications`);
    await page.getByTestId('notification-pref-request_comment').selectOption('daily_digest');
    await page.getByTestId('notification-prefs-save').click();
    await page.getByTestId('notification-prefs-saved').waitFor();
    await page.reload();
    expect(await page.getByTestId('notification-pref-request_comment').inputValue()).toBe('daily_digest');
  });
});
