import { and, eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpRequests, timelineEvents } from '../server/db/schema/index.ts';
import type { Actor } from '../server/policies/actor.ts';
import { updateRequest } from '../server/requests/update-request.ts';
import { buildRequest, buildSite, buildUser, TEST_PASSWORD } from '../server/test/factories.ts';
import { buildArticle } from '../server/test/kb-factories.ts';
import type { TSite } from '../shared/schemas.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { type NetworkSwitch, startNetworkSwitch } from './support/network-switch.ts';
import { signIn as signInAs } from './support/sign-in.ts';

/** Page work waits on the service worker and a busy machine: give each check room, never a fixed sleep. */
const poll = <T>(check: () => Promise<T> | T) => expect.poll(check, { timeout: 20_000 });

// Each case drives several page loads on and offline; on a loaded machine that outlasts the default.
describe.skipIf(!hasBrowser())('[OFFLINE]: logging with no connection in Chromium', { timeout: 240_000 }, () => {
  let server: RunningApp;
  let network: NetworkSwitch;
  let browser: Browser;
  let site: TSite;
  let siteAdmin: Actor;
  let otherAdmin: Actor;
  let coordinator: Actor;

  beforeAll(async () => {
    server = await startAppServer();
    network = await startNetworkSwitch(server.url);
    site = await buildSite(server.db, { code: 'SLE', name: 'Sierra Leone' });
    siteAdmin = await buildUser(server.db, 'site_admin', { siteIds: [site.id] });
    otherAdmin = await buildUser(server.db, 'site_admin', { siteIds: [site.id] });
    coordinator = await buildUser(server.db, 'coordinator', { siteIds: [site.id] });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await network?.close();
    await server?.stop();
  });

  /** Signed in, with the service worker installed and controlling the page. */
  async function signIn(user: Actor): Promise<Page> {
    const page = await signInAs(browser, network.url, user.email);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
    return page;
  }

  async function setOffline(context: BrowserContext, isOffline: boolean) {
    network.setOffline(isOffline);
    await context.setOffline(isOffline);
  }

  const requestsWithSummary = (summary: string) =>
    server.db
      .select()
      .from(helpRequests)
      .where(and(eq(helpRequests.summary, summary), eq(helpRequests.siteId, site.id)));
  const eventsOf = (requestId: string, type: string) =>
    server.db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.requestId, requestId), eq(timelineEvents.type, type)));

  async function logByPhone(page: Page, reporter: string, summary: string) {
    await page.locator('#phone-reporter-name').fill(reporter);
    await page.locator('#phone-summary').fill(summary);
    await page.getByTestId('phone-log-save-another').click();
    await page.getByTestId('phone-log-queued').waitFor();
    await poll(() => page.locator('#phone-summary').inputValue()).toBe('');
  }

  it('logs two requests and a comment offline, survives a reload, and sends each exactly once when online', async () => {
    const existing = await buildRequest(server.db, siteAdmin, { siteId: site.id, summary: 'Printer for case forms is offline' });
    const article = await buildArticle(server.db, coordinator, { title: 'Syncing a tablet after a field visit' });
    const page = await signIn(siteAdmin);
    const context = page.context();
    // Online first: the register, the request, the phone log and an article are seen once.
    await page.goto(`${network.url}/requests`);
    await page.getByTestId('register-table').waitFor();
    await page.goto(`${network.url}/kb/${article.id}`);
    await page.getByTestId('kb-article-title').waitFor();
    await page.goto(`${network.url}/requests/phone-log`);
    await poll(() => page.locator('#phone-site').inputValue()).toBe(site.id);
    await page.goto(`${network.url}/requests/${existing.reference}`);
    await page.getByTestId('timeline').waitFor();

    await setOffline(context, true);
    await page.getByTestId('offline-indicator').waitFor();
    await page.getByTestId('comment-body').fill('Called the site: the printer is back on.');
    await page.getByTestId('comment-submit').click();
    await page.getByTestId('comment-queued').waitFor();
    expect(await page.getByTestId('pending-event').getAttribute('data-kind')).toBe('comment');

    await page.getByTestId('nav-phone-log').click();
    await poll(() => page.locator('#phone-site').inputValue()).toBe(site.id);
    await logByPhone(page, 'Isatu B.', 'Cannot open the case list after update');
    await logByPhone(page, 'Mohamed K.', 'Password reset link never arrives');

    // A reload with no connection: the service worker serves the app and the last answers.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await poll(() => page.getByTestId('outbox-pending').getAttribute('data-count')).toBe('3');
    await page.goto(`${network.url}/requests`);
    await poll(() => page.getByTestId('pending-request-row').count()).toBe(2);
    expect(await page.getByTestId('pending-requests').getByTestId('not-yet-sent').count()).toBe(2);
    expect(await page.locator(`[data-testid="request-row"][data-reference="${existing.reference}"]`).count()).toBe(1);
    await page.goto(`${network.url}/kb/${article.id}`);
    expect(await page.getByTestId('kb-article-title').textContent()).toBe('Syncing a tablet after a field visit');
    expect(await requestsWithSummary('Cannot open the case list after update')).toHaveLength(0);

    await setOffline(context, false);
    await page.goto(`${network.url}/requests`);
    await poll(() => page.getByTestId('outbox-pending').count()).toBe(0);
    await poll(() => page.getByTestId('pending-request-row').count()).toBe(0);
    await poll(() => page.getByTestId('request-row').count()).toBe(3);

    // Exactly once, whatever the retries: reload and let the app try again.
    await page.reload();
    await page.getByTestId('register-table').waitFor();
    for (const summary of ['Cannot open the case list after update', 'Password reset link never arrives']) {
      const rows = await requestsWithSummary(summary);
      expect(rows).toHaveLength(1);
      expect(rows[0].source).toMatchObject({ via: 'offline', device: expect.stringContaining('Chromium') });
      expect(rows[0].clientId).toMatch(/^[0-9a-f-]{36}$/);
    }
    const comments = await eventsOf(existing.id, 'comment');
    expect(comments.map((comment) => comment.body)).toEqual(['Called the site: the printer is back on.']);
    await context.close();
  });

  it('keeps the server value of a status changed meanwhile, records the offline one, and says so', async () => {
    const request = await buildRequest(server.db, siteAdmin, { siteId: site.id, summary: 'Tablet clock resets daily' });
    const page = await signIn(siteAdmin);
    const context = page.context();
    await page.goto(`${network.url}/requests/${request.reference}`);
    await page.getByTestId('timeline').waitFor();

    await setOffline(context, true);
    await page.getByTestId('status-select').selectOption('in_progress');
    await page.getByTestId('status-submit').click();
    await page.getByTestId('status-queued').waitFor();
    await page.getByTestId('comment-body').fill('Asked them to replace the CMOS battery.');
    await page.getByTestId('comment-submit').click();
    await page.getByTestId('comment-queued').waitFor();
    await poll(() => page.getByTestId('pending-event').count()).toBe(2);

    // Meanwhile a coordinator, online, resolves it.
    await updateRequest({
      db: server.db,
      actor: coordinator,
      id: request.id,
      input: { status: 'resolved', resolutionSummary: 'Replaced the tablet.' },
    });

    await setOffline(context, false);
    const notice = page.getByTestId('offline-conflict-notice');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.getAttribute('data-reference')).toBe(request.reference);
    await poll(() => page.locator('[data-event-type="offline_conflict"]').count()).toBe(1);
    await poll(() => page.getByTestId('pending-event').count()).toBe(0);

    const [row] = await server.db.select().from(helpRequests).where(eq(helpRequests.id, request.id));
    expect(row.status).toBe('resolved');
    const [conflict] = await eventsOf(request.id, 'offline_conflict');
    expect(conflict.data).toMatchObject({ field: 'status', serverValue: 'resolved', offlineValue: 'in_progress' });
    expect(conflict.actorId).toBe(siteAdmin.id);
    expect((await eventsOf(request.id, 'comment')).map((comment) => comment.body)).toEqual([
      'Asked them to replace the CMOS battery.',
    ]);
    await page.getByTestId('offline-conflict-dismiss').click();
    await poll(() => notice.count()).toBe(0);
    await context.close();
  });

  it('opens a request logged offline before it is sent, queues a comment on it, and sends the comment after it', async () => {
    const summary = 'Tablet camera will not attach photos';
    const comment = 'She sent a photo of the error by SMS.';
    const page = await signIn(siteAdmin);
    const context = page.context();
    await page.goto(`${network.url}/requests`);
    await page.getByTestId('register-table').waitFor();
    await page.goto(`${network.url}/requests/phone-log`);
    await poll(() => page.locator('#phone-site').inputValue()).toBe(site.id);

    await setOffline(context, true);
    await logByPhone(page, 'Kadiatu M.', summary);
    await page.goto(`${network.url}/requests`);
    await page.getByTestId('pending-request-link').click();
    await page.getByTestId('pending-request-page').waitFor();
    expect(await page.getByTestId('pending-request-summary').textContent()).toBe(summary);
    await page.getByTestId('pending-request-notice').waitFor();
    expect(await page.getByTestId('not-yet-sent').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('pending-request-details').textContent()).toContain('Kadiatu M.');
    await page.getByTestId('comment-body').fill(comment);
    await page.getByTestId('comment-submit').click();
    await page.getByTestId('comment-queued').waitFor();
    await poll(() => page.getByTestId('pending-event').count()).toBe(1);

    // Still there after a reload with no connection, read from the outbox.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.getByTestId('pending-request-page').waitFor();
    await poll(() => page.getByTestId('pending-event').count()).toBe(1);
    await poll(() => page.getByTestId('outbox-pending').getAttribute('data-count')).toBe('2');
    expect(await requestsWithSummary(summary)).toHaveLength(0);

    // Online again: the request goes first, then its comment, and the page moves to the real request.
    await setOffline(context, false);
    await page.waitForURL(/\/requests\/SLE-\d{4}$/, { timeout: 20_000 });
    const [row] = await requestsWithSummary(summary);
    expect(page.url()).toMatch(new RegExp(`/requests/${row.reference}$`));
    await poll(() => eventsOf(row.id, 'comment').then((events) => events.map((event) => event.body))).toEqual([comment]);
    await poll(() => page.locator('[data-event-type="comment"]').count()).toBe(1);
    await poll(() => page.getByTestId('outbox-pending').count()).toBe(0);
    expect(await requestsWithSummary(summary)).toHaveLength(1);
    await context.close();
  });

  it('warns before signing out with unsent changes, and never shows them to the next person', async () => {
    const page = await signIn(siteAdmin);
    const context = page.context();
    await page.goto(`${network.url}/requests/phone-log`);
    await poll(() => page.locator('#phone-site').inputValue()).toBe(site.id);
    await setOffline(context, true);
    await logByPhone(page, 'Adama T.', 'Backup of the server failed twice');

    await page.getByTestId('logout').click();
    await page.getByTestId('logout-guard').waitFor();
    await page.getByTestId('logout-guard-stay').click();
    expect(await page.getByTestId('current-user').count()).toBe(1);
    await page.getByTestId('logout').click();
    await page.getByTestId('logout-guard-keep').click();
    await page.waitForURL(/\/login$/);

    await setOffline(context, false);
    await page.getByTestId('login-email').fill(otherAdmin.email);
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').waitFor();
    await page.goto(`${network.url}/requests`);
    await page.getByTestId('register-table').waitFor();
    expect(await page.getByTestId('pending-request-row').count()).toBe(0);
    expect(await page.getByTestId('outbox-pending').count()).toBe(0);
    expect(await requestsWithSummary('Backup of the server failed twice')).toHaveLength(0);

    // Back on the device, its owner's outbox goes out at sign-in.
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login$/);
    await page.getByTestId('login-email').fill(siteAdmin.email);
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').waitFor();
    await poll(() => requestsWithSummary('Backup of the server failed twice').then((rows) => rows.length)).toBe(1);
    await context.close();
  });
});
