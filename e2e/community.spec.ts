import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequest, buildSite, buildUser } from '../server/test/factories.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { signIn as signInAs } from './support/sign-in.ts';

describe.skipIf(!hasBrowser())('[COMMUNITY]: a request opens its topic, and replies travel both ways, in Chromium', () => {
  let server: RunningApp;
  let browser: Browser;
  let reference = '';
  const emails = { siteAdmin: '', outsider: '' };

  beforeAll(async () => {
    server = await startAppServer();
    const site = await buildSite(server.db, { code: 'SLE', name: 'Sierra Leone' });
    const otherSite = await buildSite(server.db, { code: 'COD', name: 'DR Congo' });
    const siteAdmin = await buildUser(server.db, 'site_admin', { siteIds: [site.id] });
    emails.siteAdmin = siteAdmin.email;
    emails.outsider = (await buildUser(server.db, 'site_admin', { siteIds: [otherSite.id] })).email;
    const request = await buildRequest(server.db, siteAdmin, {
      siteId: site.id,
      summary: 'Offline sync stops at 95 % for case CP-2024-00731',
      description: 'The caseworker called from +232 76 551 234: two tablets never finish syncing.',
    });
    reference = request.reference;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (email: string, width: number) => signInAs(browser, server.url, email, width);

  let topicUrl = '';

  it('site admin opens a topic from the request on a phone, redacting what the guard finds', async () => {
    const page = await signIn(emails.siteAdmin, 375);
    await page.goto(`${server.url}/requests/${reference}`);
    await page.getByTestId('open-community-topic').click();
    const dialog = page.getByTestId('sensitive-data-dialog');
    await expect.poll(() => dialog.getByTestId('sensitive-finding').count()).toBe(2);
    const kinds = await dialog.getByTestId('sensitive-finding').evaluateAll((items) => items.map((item) => item.dataset.kind));
    expect(kinds).toEqual(['case_id', 'phone']);
    await dialog.getByTestId('redact-all').click();
    expect(await dialog.getByTestId('sensitive-finding').count()).toBe(0);
    expect(await dialog.getByTestId('open-topic-title').inputValue()).toBe(
      'Offline sync stops at 95 % for case [case id removed]',
    );
    await dialog.getByTestId('open-topic-submit').click();
    await page.getByTestId('request-topic-link').waitFor();
    const events = page.locator('[data-testid="timeline-event"]');
    await expect
      .poll(() => events.evaluateAll((items) => items.map((item) => item.dataset.eventType)))
      .toEqual(['created', 'redacted', 'community_topic_opened']);
    expect(await page.getByTestId('timeline').textContent()).not.toContain('551 234');
    const hasSideScroll = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(hasSideScroll).toBe(false);
    topicUrl = (await page.getByTestId('request-topic-link').getAttribute('href')) ?? '';
    expect(topicUrl).toMatch(/^\/community\/[0-9a-f-]{36}$/);
    await page.context().close();
  });

  it('a site admin elsewhere replies in the topic; the reply shows on the request, and the author is notified', async () => {
    const outsider = await signIn(emails.outsider, 1280);
    await outsider.goto(`${server.url}/community`);
    await outsider.getByTestId('topic-link').first().click();
    await outsider.getByTestId('topic').waitFor();
    expect(await outsider.getByTestId('topic-request-link').count()).toBe(0); // they may not see the request
    await outsider.getByTestId('reply-body').fill('We had this: clear the app data, then sync again.');
    await outsider.getByTestId('reply-submit').click();
    await expect.poll(() => outsider.getByTestId('reply').count()).toBe(1);
    await outsider.context().close();

    const page = await signIn(emails.siteAdmin, 1280);
    await expect.poll(() => page.getByTestId('notifications-unread').textContent()).toBe('1');
    await page.goto(`${server.url}/requests/${reference}`);
    const mirrored = page.locator('[data-testid="timeline-event"][data-event-type="comment"]');
    await expect.poll(() => mirrored.count()).toBe(1);
    expect(await mirrored.getByTestId('timeline-body').textContent()).toContain('clear the app data');

    await page.getByTestId('comment-body').fill('Thanks, that fixed both tablets.');
    await page.getByTestId('comment-submit').click();
    // The reply is a comment on their request, so the request tells them of it (once, not the topic too).
    await page.getByTestId('notifications-bell').click();
    await page.getByTestId('notification-link').first().click();
    await page.waitForURL((url) => url.pathname === `/requests/${reference}`);
    await page.getByTestId('request-topic-link').click();
    await page.waitForURL((url) => url.pathname === topicUrl);
    await expect.poll(() => page.getByTestId('reply').count()).toBe(2);
    const origins = await page.getByTestId('reply').evaluateAll((items) => items.map((item) => item.dataset.origin));
    expect(origins).toEqual(['community', 'request']);
    await expect.poll(() => page.getByTestId('notifications-unread').count()).toBe(0);
    await page.context().close();
  });
});
