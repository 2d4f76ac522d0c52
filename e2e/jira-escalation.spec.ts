import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTopicFromRequest } from '../server/community/open-topic-from-request.ts';
import { escalateRequest } from '../server/escalation/escalate-request.ts';
import { referenceLabel } from '../server/jira/issue-source.ts';
import { jiraJobHandlers } from '../server/jira/jira-job-handlers.ts';
import { saveJiraConnection } from '../server/jira/save-jira-connection.ts';
import { type FakeJira, startFakeJira } from '../server/jira/test/fake-jira.ts';
import { connectionInput, JIRA_TOKEN, WEBHOOK_SECRET } from '../server/jira/test/jira-test-setup.ts';
import { webhookSignature } from '../server/jira/verify-webhook-signature.ts';
import { startJobWorker } from '../server/jobs/job-worker.ts';
import { mailJobHandlers } from '../server/mail/mail-job-handlers.ts';
import { buildRequest, buildSite, buildUser, buildVendorTeam } from '../server/test/factories.ts';
import { parseMime } from '../server/test/parse-mime.ts';
import { type SmtpSink, startSmtpSink } from '../server/test/smtp-sink.ts';
import { type RunningApp, startAppServer } from './support/app-server.ts';
import { hasBrowser, launchBrowser } from './support/browser.ts';
import { fillLevelThreeDossier } from './support/escalation-dossier.ts';
import { signIn } from './support/sign-in.ts';

const SUMMARY = 'Referral form crashes when saving on tablets';
const DEVELOPER = 'Amina Developer';
const DEVELOPER_TEXT = 'Reproduced on Android 13; the fix ships in v2.11.4.';

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe.skipIf(!hasBrowser())(
  '[JIRA]: a level-3 escalation becomes a Jira issue and the developer’s comment comes back, in Chromium',
  () => {
    let server: RunningApp;
    let jira: FakeJira;
    let sink: SmtpSink;
    let browser: Browser;
    let worker: ReturnType<typeof startJobWorker>;
    let vendorTeamId = '';
    let reference = '';
    let topicId = '';
    const emails = { coordinator: '', topicCreator: '' };

    beforeAll(async () => {
      sink = await startSmtpSink();
      server = await startAppServer({
        publicUrl: 'https://help.example.org',
        smtp: { host: '127.0.0.1', port: sink.port, isSecure: false, user: undefined, password: undefined },
      });
      jira = await startFakeJira({ flavour: 'cloud', token: JIRA_TOKEN, email: 'bot@example.org' });
      const { db, config } = server;
      const site = await buildSite(db, { code: 'SLE', name: 'Sierra Leone', instanceUrl: 'https://primero.sle.example.org' });
      const team = await buildVendorTeam(db, ['cp']);
      vendorTeamId = team.id;
      await saveJiraConnection({ db, config, vendorTeamId, input: connectionInput('cloud', jira.url) });
      const siteAdmin = await buildUser(db, 'site_admin', { siteIds: [site.id] });
      const topicCreator = await buildUser(db, 'site_admin', { siteIds: [site.id] });
      const coordinator = await buildUser(db, 'coordinator', { siteIds: [site.id] });
      emails.coordinator = coordinator.email;
      emails.topicCreator = topicCreator.email;

      const request = await buildRequest(db, siteAdmin, {
        siteId: site.id,
        summary: SUMMARY,
        description: 'Since Monday the referral form shows an error when saving.',
      });
      reference = request.reference;
      // Another site admin, not the reporter, opened the topic at level 1, so its reply mail is the one under watch.
      topicId = (await openTopicFromRequest({ db, actor: topicCreator, id: request.id, input: {} })).id;
      await escalateRequest({
        db,
        actor: siteAdmin,
        id: request.id,
        input: { toLevel: 2, reason: 'Looks like a bug', tried: 'Cleared the cache' },
      });

      // The Jira create/comment jobs and the mail they lead to, run as the server's worker would.
      worker = startJobWorker({
        db,
        handlers: { ...jiraJobHandlers({ db, config, timeoutMs: 5000 }), ...mailJobHandlers({ db, config }) },
        pollMs: 200,
      });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await worker?.stop();
      await server?.stop();
      await jira?.close();
      await sink?.close();
    });

    const levelOf = (page: Page) => page.getByTestId('request-level').getAttribute('data-level');
    /** Reloads until the locator shows: the request and topic pages do not refresh by themselves. */
    const reloadUntilCount = (page: Page, selector: string, expected: number) =>
      expect
        .poll(
          async () => {
            await page.reload();
            await page.getByTestId('request-details').or(page.getByTestId('topic')).first().waitFor();
            return page.locator(selector).count();
          },
          { timeout: 30_000 },
        )
        .toBe(expected);

    let issueKey = '';

    it('the coordinator escalates to level 3; the issue reaches Jira and its key shows on the request', async () => {
      const page = await signIn(browser, server.url, emails.coordinator);
      await page.goto(`${server.url}/requests/${reference}`);
      await page.getByTestId('escalate-button').click();
      const dialog = page.getByTestId('escalation-dialog');
      await dialog.getByTestId('escalation-reason').fill('Needs a code fix');
      await fillLevelThreeDossier(dialog);
      await dialog.getByTestId('escalation-submit').click();
      await expect.poll(() => levelOf(page)).toBe('3');

      await expect.poll(() => jira.issues.size, { timeout: 30_000 }).toBe(1);
      const [issue] = [...jira.issues.values()];
      issueKey = issue.key;
      expect(issue.fields.summary).toBe(`[${reference}] ${SUMMARY}`);
      expect(issue.fields.labels).toEqual([referenceLabel(reference), 'site-SLE', 'module-cp']);
      expect(issue.fields.components).toEqual([{ name: 'CPIMS+' }]);
      // The dossier travels as an Atlassian Document Format description.
      expect(issue.fields.description).toMatchObject({ type: 'doc', version: 1 });
      expect(JSON.stringify(issue.fields.description)).toContain('Android 13 tablet');

      await reloadUntilCount(page, '[data-testid="request-details"] [data-field="externalKey"] a', 1);
      const link = page.locator('[data-testid="request-details"] [data-field="externalKey"] a');
      expect((await link.textContent())?.trim()).toBe(issueKey);
      expect(await link.getAttribute('href')).toBe(`${jira.url}/browse/${issueKey}`);
      await page.context().close();
    });

    it('a developer’s Jira comment, delivered by a signed webhook, shows on the request and in the topic, and mails the topic’s creator', async () => {
      const comment = jira.addComment(issueKey, { author: DEVELOPER, body: adf(DEVELOPER_TEXT) });
      const issue = jira.issues.get(issueKey);
      const raw = JSON.stringify({
        webhookEvent: 'comment_created',
        timestamp: Date.now(),
        issue: { id: issue?.id, key: issueKey },
        comment: { id: comment.id, body: adf(DEVELOPER_TEXT) },
      });
      const delivered = await fetch(`${server.url}/api/jira/webhooks/${vendorTeamId}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-hub-signature': webhookSignature(raw, WEBHOOK_SECRET),
          'x-atlassian-webhook-identifier': 'e2e-delivery-1',
        },
        body: raw,
      });
      expect(delivered.status).toBe(202);
      expect(await delivered.json()).toEqual({ status: 'accepted' });

      const page = await signIn(browser, server.url, emails.coordinator);
      await page.goto(`${server.url}/requests/${reference}`);
      const mirroredSelector = '[data-testid="timeline-event"][data-event-type="external_comment"]';
      await reloadUntilCount(page, mirroredSelector, 1);
      const mirrored = page.locator(mirroredSelector);
      expect(await mirrored.getByTestId('timeline-body').textContent()).toBe(DEVELOPER_TEXT);
      expect(await mirrored.getByTestId('timeline-jira-origin').textContent()).toBe('Vendor · via Jira');
      expect(await mirrored.locator('.timeline-event__actor').textContent()).toBe(DEVELOPER);

      await page.getByTestId('request-topic-link').click();
      await page.waitForURL((url) => url.pathname === `/community/${topicId}`);
      await reloadUntilCount(page, '[data-testid="reply"]', 1);
      const reply = page.getByTestId('reply');
      expect(await reply.getAttribute('data-origin')).toBe('jira');
      expect(await reply.getAttribute('data-vendor')).toBe('true');
      expect(await reply.locator('.reply__author').textContent()).toBe(DEVELOPER);
      expect(await reply.locator('.reply__body').textContent()).toBe(DEVELOPER_TEXT);
      await page.context().close();

      const toCreator = () => sink.received.filter((mail) => mail.to.includes(emails.topicCreator));
      await expect.poll(() => toCreator().length, { timeout: 30_000 }).toBe(1);
      const mail = parseMime(toCreator()[0].raw);
      expect(mail.headers.get('subject')).toBe(`[Community] New reply: ${SUMMARY}`);
      expect(mail.text).toContain(DEVELOPER);
      expect(mail.text).toContain(DEVELOPER_TEXT);
      expect(mail.text).toContain(`https://help.example.org/community/${topicId}`);
      expect(jira.violations).toEqual([]);
    });
  },
);
