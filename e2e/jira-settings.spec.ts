import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jiraConnections } from '../server/db/schema/index.ts';
import { type FakeJira, startFakeJira } from '../server/jira/test/fake-jira.ts';
import { buildUser, buildVendorTeam } from '../server/test/factories.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';

const TOKEN = 'e2e-jira-api-token-never-shown-again';
const WRONG_TOKEN = 'e2e-a-revoked-token-value';
const WEBHOOK_SECRET = 'e2e-webhook-secret-0123456789';

describe.skipIf(!hasBrowser())('[JIRA]: an admin connects a vendor team to Jira Cloud and tests it, in Chromium', () => {
  let server: RunningApp;
  let jira: FakeJira;
  let browser: Browser;
  let adminEmail = '';
  let team = { id: '', name: '' };

  beforeAll(async () => {
    server = await startAppServer();
    jira = await startFakeJira({ flavour: 'cloud', token: TOKEN, email: 'bot@example.org' });
    adminEmail = (await buildUser(server.db, 'admin')).email;
    team = await buildVendorTeam(server.db, ['cp']);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await jira?.close();
  });

  const openSettings = async (page: Page) => {
    await page.goto(`${server.url}/admin?tab=jira`);
    await page.locator(`[data-testid="jira-team-row"][data-team="${team.name}"]`).getByTestId('jira-configure').click();
    await page.getByTestId('jira-connection-form').waitFor();
  };
  const save = async (page: Page) => {
    await page.getByTestId('jira-save').click();
    await page.getByTestId('jira-saved').waitFor();
  };
  const testConnection = async (page: Page) => {
    const before = jira.requests.length;
    await page.getByTestId('jira-test').click();
    // Each press asks Jira again, so a stale result is never mistaken for the new one.
    await expect.poll(() => jira.requests.length).toBeGreaterThan(before);
    await page.locator('[data-testid="jira-test-result"]').waitFor();
    const result = page.getByTestId('jira-test-result');
    await expect.poll(() => page.getByTestId('jira-save').isDisabled()).toBe(false);
    return result;
  };

  it('tests the Cloud settings before saving them, saves, and never shows the token or webhook secret again', async () => {
    const page = await signIn(browser, server.url, adminEmail);
    await openSettings(page);
    await page.locator('#jira-flavour').selectOption('cloud');
    await page.locator('#jira-base-url').fill(jira.url);
    await page.locator('#jira-auth-email').fill('bot@example.org');
    await page.locator('#jira-api-token').fill(WRONG_TOKEN);
    await page.locator('#jira-project-key').fill('PRIM');
    await page.locator('#jira-webhook-secret').fill(WEBHOOK_SECRET);
    await page.locator('#jira-component-cp').fill('CPIMS+');
    await page.getByTestId('jira-send-comments').check();

    // Tested before saving, with a token Jira refuses: the test says which check failed and why.
    const refused = await testConnection(page);
    expect(await refused.getAttribute('data-ok')).toBe('false');
    const credentials = refused.locator('[data-check="credentials"]');
    expect(await credentials.getAttribute('data-ok')).toBe('false');
    expect(await credentials.textContent()).toContain('Jira refused the credentials (401)');

    expect(await server.db.select().from(jiraConnections), 'testing saved nothing').toEqual([]);

    // The right token: every check passes.
    await page.locator('#jira-api-token').fill(TOKEN);
    const passed = await testConnection(page);
    await expect.poll(() => passed.getAttribute('data-ok')).toBe('true');
    const checks = await passed
      .getByTestId('jira-test-check')
      .evaluateAll((items) => items.map((item) => [item.dataset.check, item.dataset.ok]));
    expect(checks).toEqual(
      expect.arrayContaining([
        ['credentials', 'true'],
        ['project', 'true'],
        ['issueType', 'true'],
      ]),
    );
    const lastCall = jira.requests.at(-1);
    expect(lastCall?.headers.authorization).toBe(`Basic ${Buffer.from(`bot@example.org:${TOKEN}`).toString('base64')}`);

    await save(page);
    expect(await page.locator('#jira-api-token').inputValue(), 'the token field is emptied once saved').toBe('');
    // Testing the saved settings again, with the token field left empty, uses the stored token.
    const again = await testConnection(page);
    await expect.poll(() => again.getAttribute('data-ok')).toBe('true');

    // Back on the list the team shows as connected; opening it again shows the secrets only as "set".
    await page.getByTestId('jira-close').click();
    const row = page.locator(`[data-testid="jira-team-row"][data-team="${team.name}"]`);
    await expect.poll(async () => (await row.textContent()) ?? '').toContain('PRIM');
    await page.reload();
    await openSettings(page);
    // The form fills in once the saved connection has loaded.
    await expect.poll(() => page.locator('#jira-base-url').inputValue()).toBe(jira.url);
    expect(await page.locator('#jira-api-token').inputValue()).toBe('');
    expect(await page.locator('#jira-webhook-secret').inputValue()).toBe('');
    expect(await page.getByTestId('jira-connection-form').textContent()).toContain('Set — leave empty to keep it');
    const html = await page.content();
    expect(html).not.toContain(TOKEN);
    expect(html).not.toContain(WEBHOOK_SECRET);
    const shown = await page.evaluate(async (path) => (await fetch(path)).text(), `/api/vendor-teams/${team.id}/jira`);
    expect(JSON.parse(shown)).toMatchObject({ isApiTokenSet: true, isWebhookSecretSet: true, projectKey: 'PRIM' });
    expect(shown).not.toContain(TOKEN);
    expect(shown).not.toContain(WEBHOOK_SECRET);
    // At rest the token is sealed, never stored as typed.
    const [stored] = await server.db.select().from(jiraConnections).where(eq(jiraConnections.vendorTeamId, team.id));
    expect(JSON.stringify(stored)).not.toContain(TOKEN);
    expect(jira.violations).toEqual([]);
  });
});
