import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, buildUser, buildVendorTeam } from '../server/test/factories.ts';
import type { TSite } from '../shared/schemas.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { fillLevelThreeDossier } from './support/escalation-dossier.ts';
import { signIn as signInAs } from './support/sign-in.ts';

const SUMMARY = 'Referral form crashes when saving on tablets';

describe.skipIf(!hasBrowser())('[ESCALATION]: a phone request from level 1 to the vendor team and back, in Chromium', () => {
  let server: RunningApp;
  let browser: Browser;
  let site: TSite;
  const emails = { siteAdmin: '', coordinator: '', vendor: '' };

  beforeAll(async () => {
    server = await startAppServer();
    site = await buildSite(server.db, { code: 'SLE', name: 'Sierra Leone', instanceUrl: 'https://primero.sle.example.org' });
    const team = await buildVendorTeam(server.db, ['cp']);
    emails.siteAdmin = (await buildUser(server.db, 'site_admin', { siteIds: [site.id] })).email;
    emails.coordinator = (await buildUser(server.db, 'coordinator', { siteIds: [site.id] })).email;
    emails.vendor = (await buildUser(server.db, 'vendor', { vendorTeamId: team.id })).email;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (email: string, width = 1280) => signInAs(browser, server.url, email, width);

  const levelOf = (page: Page) => page.getByTestId('request-level').getAttribute('data-level');
  const statusOf = (page: Page) => page.getByTestId('request-status').getAttribute('data-status');
  let reference = '';

  it('site admin logs a phone call on a phone-sized screen, comments and escalates to level 2', async () => {
    const page = await signIn(emails.siteAdmin, 375);
    await page.goto(`${server.url}/requests/phone-log`);
    const form = page.getByTestId('phone-log-form');
    await form.getByLabel('Reporter name').fill('Aminata Kamara');
    await form.getByLabel('Reporter contact').fill('+232 76 000 111');
    await form.getByLabel('Summary').fill(SUMMARY);
    await form.getByLabel('Description').fill('Since Monday the referral form shows an error when saving.');
    await page.getByTestId('phone-log-save-open').click();
    await page.waitForURL(/\/requests\/SLE-\d{4}$/);
    reference = (await page.getByTestId('request-reference').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^SLE-\d{4}$/);
    expect(await levelOf(page)).toBe('1');
    const hasSideScroll = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(hasSideScroll).toBe(false);

    await page.getByTestId('comment-body').fill('Asked the caseworker which browser she uses.');
    await page.getByTestId('comment-submit').click();
    await expect.poll(() => page.locator('[data-testid="timeline-event"][data-event-type="comment"]').count()).toBe(1);

    await expect.poll(() => page.getByTestId('escalate-button').isVisible()).toBe(true);
    await page.getByTestId('escalate-button').click();
    const dialog = page.getByTestId('escalation-dialog');
    await dialog.getByTestId('escalation-reason').fill('Looks like a bug, not training');
    await dialog.getByTestId('escalation-tried').fill('Cleared the cache and tried another tablet');
    await dialog.getByTestId('escalation-submit').click();
    await expect.poll(() => levelOf(page)).toBe('2');
    expect(await statusOf(page)).toBe('escalated');
    expect(await page.getByTestId('escalate-button').count()).toBe(0); // level 2 is not the site admin's to escalate
    await page.context().close();
  });

  it('coordinator sees every missing dossier field at its input, then escalates to level 3', async () => {
    const page = await signIn(emails.coordinator);
    await page.goto(`${server.url}/requests?q=${encodeURIComponent('Referral form crashes')}`);
    await page.locator(`[data-testid="request-row"][data-reference="${reference}"] a`).first().click();
    await page.waitForURL(new RegExp(`/requests/${reference}$`));
    await page.getByTestId('escalate-button').click();
    const dialog = page.getByTestId('escalation-dialog');
    await dialog.getByTestId('escalation-reason').fill('Needs a code fix');
    await dialog.getByTestId('escalation-submit').click();
    for (const field of ['browser', 'operatingSystem', 'stepsToReproduce', 'impactedRoles', 'screenshotAttachmentIds']) {
      await expect.poll(() => dialog.getByTestId(`field-error-${field}`).isVisible(), { message: field }).toBe(true);
    }
    expect(await levelOf(page)).toBe('2');

    await fillLevelThreeDossier(dialog);
    await dialog.getByTestId('escalation-submit').click();
    await expect.poll(() => levelOf(page)).toBe('3');
    await expect.poll(() => page.getByTestId('dossier').textContent()).toContain('Chrome 120');
    await page.getByTestId('comment-body').fill('District supervisor is worried');
    await page.getByTestId('comment-internal').check();
    await page.getByTestId('comment-submit').click();
    await expect.poll(() => page.locator('[data-internal="true"]').count()).toBe(1);
    await page.context().close();
  });

  it('vendor finds it in the team queue, comments and marks the fix ready; never sees the internal note', async () => {
    const page = await signIn(emails.vendor);
    await page.waitForURL(/\/vendor-queue/);
    const row = page.locator(`[data-testid="request-row"][data-reference="${reference}"]`);
    await expect.poll(() => row.count()).toBe(1);
    await row.locator('a').first().click();
    await page.waitForURL(new RegExp(`/requests/${reference}$`));
    await expect.poll(() => page.getByTestId('dossier').isVisible()).toBe(true);
    expect(await page.locator('[data-internal="true"]').count()).toBe(0);
    expect(await page.getByTestId('comment-internal').count()).toBe(0);
    await page.getByTestId('comment-body').fill('Reproduced; the fix ships in v2.11.4.');
    await page.getByTestId('comment-submit').click();
    await expect.poll(() => page.locator('[data-testid="timeline-event"][data-event-type="comment"]').count()).toBe(2);
    await page.getByTestId('l3-state-select').selectOption('fix_ready');
    await page.getByTestId('fix-version').fill('v2.11.4');
    await page.getByTestId('l3-state-submit').click();
    await expect.poll(() => page.getByTestId('request-l3-state').getAttribute('data-l3-state')).toBe('fix_ready');
    await page.context().close();
  });

  it('coordinator resolves it at level 2 with a resolution summary', async () => {
    const page = await signIn(emails.coordinator);
    await page.goto(`${server.url}/requests/${reference}`);
    await page.getByTestId('deescalate-button').click();
    await page.getByTestId('deescalation-reason').fill('Fix delivered by the vendor; level 2 follows up');
    await page.getByTestId('deescalation-submit').click();
    await expect.poll(() => levelOf(page)).toBe('2');
    await page.getByTestId('status-select').selectOption('resolved');
    await page.getByTestId('status-submit').click();
    await expect.poll(() => page.getByTestId('field-error-resolutionSummary').isVisible()).toBe(true);
    await page.getByTestId('resolution-summary').fill('Hotfix v2.11.4 installed; referrals save again.');
    await page.getByTestId('status-submit').click();
    await expect.poll(() => statusOf(page)).toBe('resolved');
    await expect.poll(() => page.getByTestId('request-resolution').textContent()).toContain('v2.11.4');
    // The timeline reloads after the status answer, so wait for it rather than read it at once.
    const timelineTypes = () =>
      page.getByTestId('timeline-event').evaluateAll((events) => events.map((e) => e.getAttribute('data-event-type')));
    await expect
      .poll(timelineTypes)
      .toEqual([
        'created',
        'comment',
        'escalated',
        'escalated',
        'routed',
        'internal_note',
        'comment',
        'l3_state_changed',
        'de_escalated',
        'resolved',
      ]);
    await page.context().close();
  });

  it('renders Arabic right to left', async () => {
    const page = await signIn(emails.siteAdmin);
    await page.getByTestId('language-select').first().selectOption('ar');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await page.context().close();
  });
});
