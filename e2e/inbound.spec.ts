import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailboxes, sites } from '../server/db/schema/index.ts';
import { startMailboxPollers } from '../server/mail/inbound/mailbox-poller.ts';
import { createAttachmentStore } from '../server/requests/attachment-storage.ts';
import { buildMime } from '../server/test/build-mime.ts';
import { hasDovecot, startDovecot, type TestImapServer } from '../server/test/dovecot.ts';
import { buildSite, buildUser } from '../server/test/factories.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';

describe.skipIf(!hasBrowser() || !hasDovecot)(
  '[MAIL-IN]: the admin sets up a mailbox; a mail delivered to Dovecot becomes a request, in Chromium',
  () => {
    let server: RunningApp;
    let imap: TestImapServer;
    let browser: Browser;
    let adminEmail = '';
    let siteAdminEmail = '';

    beforeAll(async () => {
      imap = await startDovecot();
      server = await startAppServer({ publicUrl: 'https://help.example.org' });
      const site = await buildSite(server.db, { code: 'SLE', name: 'Sierra Leone' });
      adminEmail = (await buildUser(server.db, 'admin')).email;
      siteAdminEmail = (await buildUser(server.db, 'site_admin', { siteIds: [site.id] })).email;
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      await imap?.stop();
    });

    it('configures the mailbox, sees exactly what is wrong with a bad password, then saves working settings', async () => {
      const page = await signIn(browser, server.url, adminEmail, 1280);
      await page.goto(`${server.url}/admin?tab=mailboxes`);
      await page.getByTestId('mailboxes-empty').waitFor();
      await page.getByTestId('mailbox-new').click();
      const form = page.getByTestId('mailbox-form');
      await form.locator('#mailbox-name').fill('Sierra Leone support');
      await form.locator('#mailbox-site').selectOption({ label: 'SLE · Sierra Leone' });
      await form.locator('#mailbox-host').fill('127.0.0.1');
      await form.locator('#mailbox-security').selectOption('none');
      await form.locator('#mailbox-port').fill(String(imap.port));
      await form.locator('#mailbox-username').fill(imap.user);
      await form.locator('#mailbox-password').fill('not-the-password');
      await page.getByTestId('mailbox-test').click();
      const result = page.getByTestId('mailbox-test-result');
      await result.waitFor();
      expect(await result.getAttribute('data-code')).toBe('auth');
      expect(await result.textContent()).toContain('refused the user name or password');

      await form.locator('#mailbox-password').fill(imap.password);
      await page.getByTestId('mailbox-test').click();
      await page.locator('[data-testid="mailbox-test-result"][data-ok="true"]').waitFor();
      expect(await page.getByTestId('mailbox-site-settings-note').textContent()).toContain('Admin → Sites');
      await page.getByTestId('mailbox-save').click();
      const row = page.getByTestId('mailbox-row');
      await row.waitFor();
      expect(await row.textContent()).toContain('password stored');
      expect(await page.content()).not.toContain(imap.password);
      const [saved] = await server.db.select().from(mailboxes);
      expect(saved).toMatchObject({
        name: 'Sierra Leone support',
        port: imap.port,
        security: 'none',
      });

      // Acknowledgements and replies to closed requests are the site's settings.
      await page.goto(`${server.url}/admin?tab=sites`);
      await page.getByTestId('site-row').filter({ hasText: 'SLE' }).getByRole('button').click();
      await page.getByTestId('site-mail-acknowledgement').check();
      await page.getByTestId('site-closed-mail-reply').selectOption('new_request');
      await page.getByTestId('site-save').click();
      await page.getByTestId('site-form').waitFor({ state: 'detached' });
      const [site] = await server.db.select().from(sites).where(eq(sites.code, 'SLE'));
      expect(site).toMatchObject({ sendsMailAcknowledgement: true, closedMailReplyAction: 'new_request' });
      await page.context().close();
    });

    it('a mail delivered to Dovecot shows up as a new request in the register', async () => {
      const pollers = startMailboxPollers({
        db: server.db,
        store: createAttachmentStore(server.config.dataDir),
        config: server.config,
        pollIntervalMs: 1_000,
        refreshIntervalMs: 60_000,
      });
      try {
        await imap.deliver(
          await buildMime({
            from: 'Fatmata <fatmata@partner.example.net>',
            to: imap.user,
            subject: 'Tablet cannot sync cases',
            text: 'Since Monday.',
          }),
        );
        const page = await signIn(browser, server.url, siteAdminEmail, 1280);
        await expect
          .poll(
            async () => {
              await page.goto(`${server.url}/requests`);
              await page.getByTestId('register-table').waitFor();
              return page.getByTestId('request-row').filter({ hasText: 'Tablet cannot sync cases' }).count();
            },
            { timeout: 30_000, interval: 1_000 },
          )
          .toBe(1);
        const [mailbox] = await server.db.select().from(mailboxes).where(eq(mailboxes.name, 'Sierra Leone support'));
        expect(mailbox.lastError).toBeNull();
        await page.context().close();
      } finally {
        await pollers.stop();
      }
    }, 60_000);
  },
);
