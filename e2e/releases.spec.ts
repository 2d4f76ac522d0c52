import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../server/policies/actor.ts';
import { buildRequest, buildSite, buildUser } from '../server/test/factories.ts';
import { buildRelease } from '../server/test/release-factories.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { signIn as signInAs } from './support/sign-in.ts';

describe.skipIf(!hasBrowser())('[RELEASES]: deferral by consultation in Chromium', () => {
  let server: RunningApp;
  let browser: Browser;
  let reference = '';
  let releaseId = '';
  const users: Record<'helpDesk' | 'moduleCoordinator' | 'reporter', Actor> = {} as never;

  beforeAll(async () => {
    server = await startAppServer();
    const site = await buildSite(server.db, { code: 'SLE', name: 'Sierra Leone' });
    users.helpDesk = await buildUser(server.db, 'help_desk');
    users.moduleCoordinator = await buildUser(server.db, 'module_coordinator', { modules: ['cp'] });
    users.reporter = await buildUser(server.db, 'reporter', { siteIds: [site.id] });
    const request = await buildRequest(server.db, users.reporter, {
      siteId: site.id,
      summary: 'Audit log export is slow',
      urgency: 'low',
    });
    reference = request.reference;
    releaseId = (await buildRelease(server.db, { module: 'cp', version: 'v2.16.0', status: 'planned' })).id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the help desk proposes, both parties approve, and the request shows in the release backlog', async () => {
    const desk = await signInAs(browser, server.url, users.helpDesk.email);
    await desk.goto(`${server.url}/requests/${reference}`);
    await desk.getByTestId('deferral-propose-open').click();
    await desk.getByTestId('deferral-reason').fill('Needs a schema change; a workaround exists.');
    await desk.getByTestId('deferral-propose-submit').click();
    await expect.poll(() => desk.getByTestId('deferral-item').getAttribute('data-status')).toBe('pending');
    await desk.getByTestId('deferral-comment').fill('Help desk agrees.');
    await desk.getByTestId('deferral-approve').click();
    await expect.poll(() => desk.getByTestId('deferral-decision').count()).toBe(1);

    const coordinator = await signInAs(browser, server.url, users.moduleCoordinator.email);
    await coordinator.goto(`${server.url}/deferrals`);
    const item = coordinator.getByTestId('deferral-item');
    await expect.poll(() => item.count()).toBe(1);
    await item.getByTestId('deferral-comment').fill('Agreed for CPIMS+.');
    await item.getByTestId('deferral-approve').click();
    await expect.poll(() => coordinator.getByTestId('deferrals-pending-empty').count()).toBe(1);

    await coordinator.goto(`${server.url}/releases/${releaseId}`);
    const row = coordinator.getByTestId('release-backlog').getByTestId('release-request-row');
    await expect.poll(() => row.getAttribute('data-reference')).toBe(reference);
    await desk.goto(`${server.url}/requests/${reference}`);
    await expect.poll(() => desk.getByTestId('deferral-item').getAttribute('data-status')).toBe('approved');
  });
});
