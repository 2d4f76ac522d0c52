import { readFile } from 'node:fs/promises';
import { count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpRequests } from '../server/db/schema/index.ts';
import { startJobWorker } from '../server/jobs/job-worker.ts';
import type { Actor } from '../server/policies/actor.ts';
import { registerJobHandlers } from '../server/register/register-job-handlers.ts';
import { buildSite, buildUser } from '../server/test/factories.ts';
import type { TSite } from '../shared/schemas.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';

describe.skipIf(!hasBrowser())('[SHEETS]: spreadsheet register in Chromium', () => {
  let server: RunningApp;
  let browser: Browser;
  let site: TSite;
  let siteAdmin: Actor;
  let worker: ReturnType<typeof startJobWorker>;

  beforeAll(async () => {
    server = await startAppServer();
    // Confirming queues the import's apply job: run it as the server's worker would.
    worker = startJobWorker({ db: server.db, handlers: registerJobHandlers(server), pollMs: 200 });
    site = await buildSite(server.db, { code: 'SLE', name: 'Sierra Leone', languages: ['fr'] });
    siteAdmin = await buildUser(server.db, 'site_admin', { siteIds: [site.id] });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await server?.stop();
  });

  it('downloads the template, fills it, previews it, confirms it, and exports the register', async () => {
    const page = await signIn(browser, server.url, siteAdmin.email);
    await page.goto(`${server.url}/requests`);
    await page.getByTestId('register-import-link').click();
    await page.getByTestId('import-site').selectOption(site.id);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('register-SLE-template.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Registre');
    if (!sheet) throw new Error('the template has no Registre sheet');
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const put = (rowNumber: number, values: Record<string, string | Date>) => {
      for (const [name, value] of Object.entries(values)) sheet.getRow(rowNumber).getCell(header.indexOf(name) + 1).value = value;
    };
    put(2, {
      'ID de ligne': '1',
      Résumé: 'Tablette bloquée à la synchronisation',
      Module: 'CPIMS+',
      Urgence: 'Haute',
      'Date de réception': new Date(Date.UTC(2026, 2, 5)),
    });
    put(3, { 'ID de ligne': '2', Résumé: 'Mot de passe oublié', Module: 'CPIMS+', Canal: 'Téléphone' });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    await page.getByTestId('import-file').setInputFiles({
      name: 'registre.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: filled,
    });
    await page.getByTestId('import-upload').click();
    await expect.poll(() => page.getByTestId('import-count-create').getAttribute('data-count')).toBe('2');
    await expect.poll(() => page.getByTestId('import-row').count()).toBe(2);
    expect(
      await server.db
        .select({ value: count() })
        .from(helpRequests)
        .then((rows) => rows[0].value),
    ).toBe(0);

    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-applying').waitFor();
    await page.getByTestId('import-applied').waitFor({ timeout: 20_000 });
    const saved = await server.db
      .select()
      .from(helpRequests)
      .where(eq(helpRequests.siteId, site.id))
      .orderBy(helpRequests.number);
    expect(saved.map((request) => [request.reference, request.summary, request.urgency, request.channel])).toEqual([
      ['SLE-0001', 'Tablette bloquée à la synchronisation', 'high', 'spreadsheet'],
      ['SLE-0002', 'Mot de passe oublié', 'normal', 'phone'],
    ]);

    // The same file again: nothing to save.
    await page.getByTestId('import-upload').click();
    await page.getByTestId('import-nothing').waitFor();
    expect(await page.getByTestId('import-count-unchanged').getAttribute('data-count')).toBe('2');

    await page.goto(`${server.url}/requests`);
    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(exported.suggestedFilename()).toMatch(/^register-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await readFile(await exported.path())).toString('utf8');
    expect(text).toContain('Tablette bloquée à la synchronisation');
    expect(text.trim().split('\r\n')).toHaveLength(3);
  });
});
