import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kbArticles } from '../server/db/schema/index.ts';
import { buildSite, buildUser } from '../server/test/factories.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { signIn as signInAs } from './support/sign-in.ts';

const ARTICLE = {
  title: 'Unsubmitted Offline Changes after sync',
  body: 'When a tablet shows Unsubmitted Offline Changes, keep it online and open the case list to retry synchronisation.',
};
const SUMMARY = 'Tablet shows unsubmitted offline changes';

describe.skipIf(!hasBrowser())('[SEARCH]: suggestions, level-1 deflection and search, in Chromium', () => {
  let server: RunningApp;
  let browser: Browser;
  let articleId = '';
  const emails = { sle: '', jor: '' };

  beforeAll(async () => {
    server = await startAppServer();
    const sle = await buildSite(server.db, { code: 'SLE', name: 'Sierra Leone' });
    const jor = await buildSite(server.db, { code: 'JOR', name: 'Jordan' });
    emails.sle = (await buildUser(server.db, 'site_admin', { siteIds: [sle.id] })).email;
    emails.jor = (await buildUser(server.db, 'site_admin', { siteIds: [jor.id] })).email;
    const [article] = await server.db
      .insert(kbArticles)
      .values({ ...ARTICLE, module: 'cp', language: 'en', status: 'published' })
      .returning({ id: kbArticles.id });
    articleId = article.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (email: string, width = 1280) => signInAs(browser, server.url, email, width);

  const suggestedArticle = (page: Page) =>
    page.locator(`[data-testid="suggestions"] [data-testid="suggestion-item"][data-type="article"][data-id="${articleId}"]`);
  const deflectionRow = (page: Page, code: string) => page.locator(`[data-testid="deflection-row"][data-site-code="${code}"]`);
  const hasSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

  /** Opens the suggested article as a user would: a new tab opens, and is closed again. */
  async function openSuggestedArticle(page: Page) {
    await suggestedArticle(page).waitFor();
    const [popup] = await Promise.all([page.waitForEvent('popup'), suggestedArticle(page).click()]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toBe(`/kb/${articleId}`);
    await popup.close();
    await expect.poll(() => suggestedArticle(page).getAttribute('data-opened')).toBe('true');
  }

  it('site admin sees the article while typing, opens it, saves, resolves at level 1; insights count it as deflected', async () => {
    const page = await signIn(emails.sle);
    await page.goto(`${server.url}/requests/phone-log`);
    const form = page.getByTestId('phone-log-form');
    await form.getByLabel('Reporter name').fill('Fatmata Sesay');
    await form.getByLabel('Summary').fill('Ta');
    await page.waitForTimeout(400);
    expect(await page.getByTestId('suggestions').count()).toBe(0); // under three characters: nothing asked
    await form.getByLabel('Summary').fill(SUMMARY);
    await openSuggestedArticle(page);

    const opensRecorded = page.waitForResponse(
      (response) => response.url().endsWith('/suggestion-opens') && response.request().method() === 'POST',
    );
    await page.getByTestId('phone-log-save-open').click();
    await page.waitForURL(/\/requests\/SLE-\d{4}$/);
    expect((await opensRecorded).status()).toBe(201);

    await page.getByTestId('status-select').selectOption('resolved');
    await page.getByTestId('resolution-summary').fill('Kept the tablet online and reopened the case list, as the article says.');
    await page.getByTestId('status-submit').click();
    await expect.poll(() => page.getByTestId('request-status').getAttribute('data-status')).toBe('resolved');
    expect(await page.getByTestId('request-level').getAttribute('data-level')).toBe('1');

    await page.getByTestId('nav-insights').click();
    await page.waitForURL(/\/insights$/);
    const row = deflectionRow(page, 'SLE');
    await expect.poll(() => row.getAttribute('data-deflected')).toBe('1');
    expect(await row.getAttribute('data-with-suggestions-opened')).toBe('1');
    expect(await row.textContent()).toContain(
      '1 of 1 requests where a suggestion was opened were solved at level 1 without escalation',
    );
    const bars = row.locator('svg[role="img"]');
    expect(await bars.getAttribute('aria-label')).toContain('Sierra Leone');
    expect(await page.getByTestId('deflection-table').textContent()).toContain('Sierra Leone');
    await page.context().close();
  });

  it('"Save and log another" forgets the opened suggestions, so only the first request counts', async () => {
    const page = await signIn(emails.jor);
    await page.goto(`${server.url}/requests/phone-log`);
    const form = page.getByTestId('phone-log-form');
    await form.getByLabel('Summary').fill(SUMMARY);
    await openSuggestedArticle(page);
    const opensRecorded = page.waitForResponse((response) => response.url().endsWith('/suggestion-opens'));
    await page.getByTestId('phone-log-save-another').click();
    await expect.poll(() => page.getByTestId('phone-log-saved').isVisible()).toBe(true);
    expect((await opensRecorded).status()).toBe(201);

    await form.getByLabel('Summary').fill('Tablet still shows unsubmitted offline changes');
    await suggestedArticle(page).waitFor();
    expect(await suggestedArticle(page).getAttribute('data-opened')).toBeNull();
    await page.getByTestId('phone-log-save-another').click();
    await expect.poll(() => form.getByLabel('Summary').inputValue()).toBe('');

    await page.goto(`${server.url}/insights`);
    const row = deflectionRow(page, 'JOR');
    await expect.poll(() => row.getAttribute('data-requests')).toBe('2');
    expect(await row.getAttribute('data-with-suggestions-opened')).toBe('1');
    expect(await row.getAttribute('data-deflected')).toBe('0');
    await page.context().close();
  });

  it('header search finds the article; the search page highlights it, filters by facet and shows an empty state', async () => {
    const page = await signIn(emails.sle);
    await page.getByTestId('header-search').fill('unsubmitted offline');
    await page.getByTestId('header-search').press('Enter');
    await page.waitForURL(/\/search\?q=unsubmitted/);
    await page.getByTestId('search-page').waitFor();

    const result = page.locator(`[data-testid="search-result"][data-type="article"][data-id="${articleId}"]`);
    await result.waitFor();
    const marks = await result.locator('mark').allTextContents();
    expect(marks.map((mark) => mark.toLowerCase())).toContain('unsubmitted');
    expect(await result.locator('a').first().getAttribute('href')).toBe(`/kb/${articleId}`);
    // The resolved SLE request matches too.
    await page.locator('[data-testid="search-result"][data-type="request"]').first().waitFor();

    await page.getByTestId('search-facet-type-article').click();
    await page.waitForURL(/type=article/);
    await expect.poll(() => page.locator('[data-testid="search-result"][data-type="request"]').count()).toBe(0);
    expect(await page.getByTestId('search-facet-type-article').getAttribute('aria-pressed')).toBe('true');
    await result.waitFor();

    await page.getByTestId('search-input').fill('zebra xylophone quasar');
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('search-empty').waitFor();
    await page.context().close();
  });

  it('works on a phone-sized screen and mirrors the bars right to left', async () => {
    const page = await signIn(emails.sle, 375);
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('header-search').fill('offline changes');
    await page.getByTestId('header-search').press('Enter');
    await page.locator(`[data-testid="search-result"][data-id="${articleId}"]`).waitFor();
    expect(await hasSideScroll(page)).toBe(false);

    await page.goto(`${server.url}/insights`);
    await deflectionRow(page, 'SLE').waitFor();
    expect(await hasSideScroll(page)).toBe(false);
    const transformOf = () =>
      page
        .locator('.deflection-bars')
        .first()
        .evaluate((svg) => getComputedStyle(svg).transform);
    expect(await transformOf()).toBe('none');
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('language-select').first().selectOption('ar');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await transformOf()).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    expect(await hasSideScroll(page)).toBe(false);
    await page.context().close();
  });
});
