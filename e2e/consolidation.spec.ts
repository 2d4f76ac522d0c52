import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidationJobHandlers } from '../server/consolidation/consolidation-job-handlers.ts';
import { createRequest } from '../server/requests/create-request.ts';
import { buildSite, buildUser } from '../server/test/factories.ts';
import { runDueJobs } from '../server/test/run-due-jobs.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';

describe.skipIf(!hasBrowser())(
  '[CONSOLIDATION]: the consolidated view flags a cross-channel pair and merges it, in Chromium',
  () => {
    let server: RunningApp;
    let browser: Browser;
    let coordinatorEmail = '';
    const references = { sheet: '', mail: '' };

    beforeAll(async () => {
      server = await startAppServer();
      const site = await buildSite(server.db, { code: 'SLE', name: 'Sierra Leone' });
      const siteAdmin = await buildUser(server.db, 'site_admin', { siteIds: [site.id] });
      coordinatorEmail = (await buildUser(server.db, 'coordinator', { siteIds: [site.id] })).email;
      const log = (summary: string, channel: 'spreadsheet' | 'email', source: Parameters<typeof createRequest>[0]['source']) =>
        createRequest({
          db: server.db,
          actor: siteAdmin,
          input: {
            siteId: site.id,
            module: 'cp',
            channel,
            summary,
            reporterName: 'Musa Kallon',
            reporterContact: '+232 79 300 400',
          },
          source,
        });
      references.sheet = (
        await log('Tablet will not sync cases', 'spreadsheet', { via: 'spreadsheet', fileName: 'kenema.xlsx', row: 7 })
      ).reference;
      references.mail = (await log('Tablet does not sync cases', 'email', { via: 'email', mailboxId: 'sle-support' })).reference;
      await runDueJobs(server.db, consolidationJobHandlers({ db: server.db, config: server.config }));
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('shows the pair with both sources, merges it keeping the spreadsheet row, and the survivor shows both timelines', async () => {
      const page = await signIn(browser, server.url, coordinatorEmail);
      page.on('dialog', (dialog) => void dialog.accept());
      await page.getByTestId('nav-consolidated').click();
      const pair = page.getByTestId('duplicate-pair');
      await pair.waitFor();
      const sides = await pair
        .getByTestId('pair-side')
        .evaluateAll((items) => items.map((item) => item.dataset.reference).sort());
      expect(sides).toEqual([references.sheet, references.mail].sort());
      const flagged = page.locator('[data-testid="consolidated-row"]:has([data-testid="duplicate-flag"])');
      expect(await flagged.count()).toBe(2);
      expect(await page.getByTestId('consolidated-table').textContent()).toContain('kenema.xlsx, row 7');

      const keepSheet =
        (await pair.getByTestId('pair-side').first().getAttribute('data-reference')) === references.sheet
          ? 'merge-keep-a'
          : 'merge-keep-b';
      await pair.getByTestId(keepSheet).click();
      await page.getByTestId('consolidation-notice').waitFor();
      await expect.poll(() => page.getByTestId('duplicate-pair').count()).toBe(0);

      await page.goto(`${server.url}/requests/${references.sheet}`);
      await page.getByTestId('merged-from').waitFor();
      const origins = page.locator('[data-testid="timeline-event"][data-origin]');
      await expect
        .poll(() => origins.evaluateAll((items) => items.map((item) => item.dataset.eventType)))
        .toEqual(['created', 'merged_into']);
      await page.goto(`${server.url}/requests/${references.mail}`);
      await page.getByTestId('merged-banner').waitFor();
      expect(await page.getByTestId('request-source').textContent()).toContain('sle-support');
    });
  },
);
