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
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}
