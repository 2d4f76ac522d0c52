import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequest, buildSite, buildUser } from '../server/test/factories.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { signIn as signInAs } from './support/sign-in.ts';

describe.skipIf(!hasBrowser())(
  '[NOTICES]: a downtime notice goes down the cascade and shows on the public status page, in Chromium',
  () => {
    let server: RunningApp;
    let browser: Browser;
    const emails = { helpDesk: '', coordinator: '', siteAdmin: '', reporter: '' };
    let linkedReference = '';
    let noticePath = '';

    beforeAll(async () => {
      server = await startAppServer();
      const site = await buildSite(server.db, { code: 'SLE', name: 'Sierra Leone', timeZone: 'Africa/Freetown' });
      await buildSite(server.db, { code: 'COL', name: 'Colombia', timeZone: 'America/Bogota' });
      emails.helpDesk = (await buildUser(server.db, 'help_desk')).email;
      emails.coordinator = (await buildUser(server.db, 'coordinator', { siteIds: [site.id] })).email;
      emails.siteAdmin = (await buildUser(server.db, 'site_admin', { siteIds: [site.id] })).email;
      const reporter = await buildUser(server.db, 'reporter', { siteIds: [site.id] });
      emails.reporter = reporter.email;
      linkedReference = (await buildRequest(server.db, reporter, { siteId: site.id, summary: 'Sync stops at night' })).reference;
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    const signIn = (email: string, width: number) => signInAs(browser, server.url, email, width);

    it('the help desk issues a downtime notice for one site', async () => {
      const page = await signIn(emails.helpDesk, 1280);
      await page.goto(`${server.url}/notices`);
      await page.getByTestId('notice-new').click();
      await page.getByTestId('notice-title-en').fill('Database upgrade');
      await page.getByTestId('notice-body-en').fill('Primero is **offline** during the upgrade.');
      await page.getByTestId('notice-start').fill('2099-05-04T09:00');
      await page.getByTestId('notice-end').fill('2099-05-04T11:30');
      await page.getByLabel('Sierra Leone (SLE, Africa/Freetown)').check();
      await page.getByTestId('notice-requests').fill(linkedReference);
      await page.getByTestId('notice-reminder-lead').fill('48');
      await page.getByTestId('notice-submit').click();
      await page.getByTestId('notice-page').waitFor();
      noticePath = new URL(page.url()).pathname;
      expect(await page.getByTestId('notice-title').textContent()).toBe('Database upgrade');
      expect(await page.getByTestId('notice-body').innerHTML()).toContain('<strong>offline</strong>');
      expect(await page.getByTestId('notice-reminder-lead').textContent()).toContain('48 h');
      const board = page.locator('[data-testid="notice-board-site"][data-site="SLE"]');
      await expect.poll(() => board.getAttribute('data-reached')).toBe('coordinator');
      await page.context().close();
    });

    it('the coordinator relays it from the inbox with local words; the site admin acknowledges and relays', async () => {
      const coordinator = await signIn(emails.coordinator, 375);
      await coordinator.goto(`${server.url}/notices`);
      await coordinator.getByTestId('notice-inbox-item').getByRole('link').click();
      await coordinator.getByTestId('notice-relay-words').fill('The Freetown office stays open.');
      await coordinator.getByTestId('notice-relay-submit').click();
      await expect.poll(() => coordinator.getByTestId('notice-relay-form').count()).toBe(0);
      await coordinator.context().close();

      const admin = await signIn(emails.siteAdmin, 1280);
      await admin.goto(`${server.url}${noticePath}`);
      expect(await admin.getByTestId('notice-local-words').textContent()).toContain('The Freetown office stays open.');
      await admin.getByTestId('notice-acknowledge').click();
      await admin.getByTestId('notice-acknowledged').waitFor();
      await admin.getByTestId('notice-relay-submit').click();
      await expect.poll(() => admin.getByTestId('notice-relay-form').count()).toBe(0);
      await admin.context().close();
    });

    it('the reporter of the linked request sees the window on its timeline', async () => {
      const page = await signIn(emails.reporter, 375);
      await page.goto(`${server.url}/requests/${linkedReference}`);
      const event = page.getByTestId('timeline-event').filter({ hasText: 'Database upgrade' });
      await event.waitFor();
      expect(await event.textContent()).toContain('Downtime notice “Database upgrade”');
      await page.context().close();
    });

    it('the board shows how far it got', async () => {
      const page = await signIn(emails.helpDesk, 1280);
      await page.goto(`${server.url}${noticePath}`);
      const row = page.locator('[data-testid="notice-board-site"][data-site="SLE"]');
      await expect.poll(() => row.getAttribute('data-reached')).toBe('end_user');
      expect((await row.getByTestId('notice-board-coordinator').textContent())?.replace(/\s/g, '')).toMatch(/^1\/[01]\/1\/1$/);
      expect((await row.getByTestId('notice-board-site_admin').textContent())?.replace(/\s/g, '')).toMatch(/^1\/[01]\/1\/1$/);
      expect((await row.getByTestId('notice-board-end_user').textContent())?.replace(/\s/g, '')).toMatch(/^1\/[01]\/0\/0$/);
      await page.context().close();
    });

    it('the public status page shows the window in the site’s time zone, without signing in', async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/status`);
      const site = page.locator('[data-testid="status-site"][data-site="SLE"]');
      await expect.poll(() => site.getByTestId('status-item').count()).toBe(1);
      expect(await site.getByTestId('status-item').textContent()).toContain('Database upgrade');
      expect(await site.getByTestId('notice-window').textContent()).toContain('(Africa/Freetown)');
      expect(await page.locator('[data-testid="status-site"][data-site="COL"]').getByTestId('status-item').count()).toBe(0);
      expect(await site.getByTestId('status-calendar').getAttribute('href')).toBe('/api/public/sites/SLE/maintenance.ics');
      await context.close();
    });
  },
);
