import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../server/db/schema/index.ts';
import { buildRequest, buildSite, buildUser } from '../server/test/factories.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { signIn as signInAs } from './support/sign-in.ts';

describe.skipIf(!hasBrowser())(
  '[SLA]: due times on the request and the register, and a critical request acknowledged, in Chromium',
  () => {
    let server: RunningApp;
    let browser: Browser;
    let reference = '';
    let helpDeskEmail = '';
    let siteId = '';
    let siteAdmin: Awaited<ReturnType<typeof buildUser>>;

    beforeAll(async () => {
      server = await startAppServer();
      const site = await buildSite(server.db, { code: 'SLE', name: 'Sierra Leone', timeZone: 'Africa/Freetown' });
      siteId = site.id;
      siteAdmin = await buildUser(server.db, 'site_admin', { siteIds: [site.id] });
      helpDeskEmail = (await buildUser(server.db, 'help_desk')).email;
      const request = await buildRequest(server.db, siteAdmin, {
        siteId: site.id,
        urgency: 'critical',
        summary: 'Nobody can log in at the district office',
      });
      reference = request.reference;
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('help desk sees the critical request pinned with its due time, opens it and acknowledges it', async () => {
      const page = await signInAs(browser, server.url, helpDeskEmail, 1280);
      await page.goto(`${server.url}/requests`);
      const pinned = page.getByTestId('pinned-criticals');
      await pinned.waitFor();
      expect(await pinned.textContent()).toContain(reference);
      expect(await page.getByTestId('register-table').getByTestId('sla-due').first().getAttribute('data-state')).toMatch(
        /running|warning|breached/,
      );

      await page.goto(`${server.url}/requests/${reference}`);
      const panel = page.getByTestId('sla-panel');
      await panel.waitFor();
      const clocks = await panel.getByTestId('sla-clock').evaluateAll((items) => items.map((item) => item.dataset.clock));
      expect(clocks).toEqual(['first_response', 'resolution']);
      expect(await panel.getByTestId('sla-clock-due').first().textContent()).not.toBe('');
      await page.getByTestId('acknowledge-critical').click();
      await page.getByTestId('critical-acknowledged').waitFor();
      expect(await page.getByTestId('critical-pending').count()).toBe(0);

      await page.goto(`${server.url}/requests`);
      await page.getByTestId('register-table').waitFor();
      expect(await page.getByTestId('pinned-criticals').count()).toBe(0);
    });

    it('shows the on-duty page in the reader’s language in the notifications list', async () => {
      const french = await buildUser(server.db, 'help_desk', { locale: 'fr' });
      await server.db.update(users).set({ isOnDuty: true }).where(eq(users.id, french.id));
      const paged = await buildRequest(server.db, siteAdmin, {
        siteId,
        urgency: 'critical',
        summary: 'Le serveur ne répond plus',
      });
      const page = await signInAs(browser, server.url, french.email, 1280);
      // A full page load restores the session, and with it the account's language.
      await page.goto(`${server.url}/notifications`);
      const item = page.getByTestId('notification-link').first();
      await item.waitFor();
      expect(await item.textContent()).toContain(`CRITIQUE à Sierra Leone : ${paged.reference} Le serveur ne répond plus`);
    });
  },
);
