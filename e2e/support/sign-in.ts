import type { Browser, Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../server/test/factories.ts';

/** A new browser context signed in through the login page, as a person would, at the given width. */
export async function signIn(browser: Browser, baseUrl: string, email: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(TEST_PASSWORD);
  await page.getByTestId('login-submit').click();
  // Past the login page and past the home page's redirect to the person's start page, so that
  // the redirect cannot undo what the test does next (it closes the phone menu, for one).
  await page.waitForURL((url) => !url.pathname.startsWith('/login') && url.pathname !== '/');
  return page;
}
