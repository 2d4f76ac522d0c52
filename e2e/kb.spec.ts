import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../server/policies/actor.ts';
import { buildRequest, buildSite, buildUser } from '../server/test/factories.ts';
import { buildArticle, buildResolvedRequest } from '../server/test/kb-factories.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { signIn as signInAs } from './support/sign-in.ts';

describe.skipIf(!hasBrowser())('[KB]: knowledge base in Chromium', () => {
  let server: RunningApp;
  let browser: Browser;
  let reference = '';
  let openReference = '';
  let articleUrl = '';
  const users: Record<'coordinator' | 'siteAdmin' | 'reporter' | 'helpDesk', Actor> = {} as never;

  beforeAll(async () => {
    server = await startAppServer();
    const site = await buildSite(server.db, { code: 'SLE', name: 'Sierra Leone' });
    users.coordinator = await buildUser(server.db, 'coordinator', { siteIds: [site.id] });
    users.siteAdmin = await buildUser(server.db, 'site_admin', { siteIds: [site.id] });
    users.reporter = await buildUser(server.db, 'reporter', { siteIds: [site.id] });
    users.helpDesk = await buildUser(server.db, 'help_desk');
    const request = await buildResolvedRequest(server.db, {
      creator: users.reporter,
      resolver: users.helpDesk,
      siteId: site.id,
      input: {
        summary: 'Tablet stuck on Unsubmitted Offline Changes',
        description: 'The caseworker called from +232 76 555 123: the badge shows 4 records after a field visit.',
        category: 'sync',
      },
      resolution: 'Signed in online without signing out, then synced from the menu. The badge cleared.',
    });
    reference = request.reference;
    openReference = (await buildRequest(server.db, users.reporter, { siteId: site.id, summary: 'Forgot my password' })).reference;
    await buildArticle(server.db, users.helpDesk, {
      title: 'إعادة تعيين كلمة المرور',
      body: '## الخطوات\n\n1. افتح **المستخدمون**\n2. انقر على **تعديل**',
      language: 'ar',
      module: null,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (user: Actor, width = 1280) => signInAs(browser, server.url, user.email, width);
  const hasSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

  it('a coordinator turns a resolved request into an article, redacting the phone number, and publishes it', async () => {
    const page = await signIn(users.coordinator);
    await page.goto(`${server.url}/requests/${reference}`);
    await page.getByTestId('turn-into-article').click();
    const dialog = page.getByTestId('turn-into-article-dialog');
    await dialog.getByTestId('turn-into-article-submit').click();
    await expect.poll(() => dialog.getByTestId('kb-finding').count()).toBe(1);
    expect(await dialog.getByTestId('kb-finding').getAttribute('data-kind')).toBe('phone');
    await dialog.getByTestId('kb-redact-all').click();
    expect(await dialog.getByTestId('turn-into-article-body').inputValue()).toContain('[phone removed]');
    await dialog.getByTestId('turn-into-article-submit').click();
    await page.waitForURL(/\/kb\/[0-9a-f-]{36}\/edit$/);

    await page.getByTestId('kb-title').fill('Clearing “Unsubmitted Offline Changes” on a tablet');
    await page.getByTestId('kb-note').fill('Clearer title');
    await expect.poll(() => page.getByTestId('kb-preview').innerHTML()).toContain('<h3>');
    await page.getByTestId('kb-save-publish').click();
    await page.waitForURL(/\/kb\/[0-9a-f-]{36}$/);
    articleUrl = page.url();
    expect(await page.getByTestId('kb-article-title').textContent()).toBe('Clearing “Unsubmitted Offline Changes” on a tablet');
    expect(await page.getByTestId('kb-article-body').innerHTML()).not.toContain('+232');
    expect(await page.locator('[data-testid="kb-linked-request"]').getAttribute('data-reference')).toBe(reference);
    expect(await page.getByTestId('kb-status-badge').count()).toBe(0);
    expect(await page.getByTestId('kb-revision-row').count()).toBe(2);
    await page.getByTestId('kb-diff-show').click();
    await expect.poll(() => page.getByTestId('kb-diff-title').count()).toBe(1);

    await page.goto(`${server.url}/requests/${reference}`);
    await expect.poll(() => page.getByTestId('linked-article').count()).toBe(1);
    const events = page.locator('[data-testid="timeline-event"]');
    await expect
      .poll(() => events.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-type'))))
      .toEqual(expect.arrayContaining(['redacted', 'kb_article_created']));
    await page.context().close();
  });

  it('a reporter on a phone finds the article, reads it and says it helped', async () => {
    const page = await signIn(users.reporter, 375);
    await page.goto(`${server.url}/kb`);
    await page.getByTestId('kb-search').fill('offline');
    await expect.poll(() => page.getByTestId('kb-article-row').count()).toBe(1);
    expect(await hasSideScroll(page)).toBe(false);
    await page.getByTestId('kb-article-link').click();
    await page.waitForURL(articleUrl);
    await page.getByTestId('kb-helpful-yes').click();
    await expect.poll(() => page.getByTestId('kb-helpful-count').textContent()).toBe('1');
    expect(await page.getByTestId('kb-helpful-yes').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('kb-edit').count()).toBe(0);
    expect(await hasSideScroll(page)).toBe(false);

    await page.goto(`${server.url}/kb?language=ar`);
    await page.getByTestId('kb-article-link').click();
    expect(await page.getByTestId('kb-article-body').getAttribute('dir')).toBe('rtl');
    expect(await page.getByTestId('kb-article-body').innerHTML()).toContain('<strong>المستخدمون</strong>');
    await page.context().close();
  });

  it('a site admin links the article that helped to the request they work', async () => {
    const page = await signIn(users.siteAdmin, 375);
    await page.goto(`${server.url}/requests/${openReference}`);
    await page.getByTestId('link-article').click();
    await page.getByTestId('link-article-search').fill('Unsubmitted');
    await expect.poll(() => page.getByTestId('link-article-option').count()).toBe(1);
    await page.getByTestId('link-article-option').click();
    await expect.poll(() => page.getByTestId('linked-article').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="timeline-event"][data-event-type="kb_article_linked"]').count()).toBe(1);
    expect(await page.getByTestId('turn-into-article').count()).toBe(0); // not resolved yet
    expect(await hasSideScroll(page)).toBe(false);
    await page.context().close();
  });
});
