import { and, eq, ne } from 'drizzle-orm';
import type { JiraFlavour, TJiraConnectionInput } from '../../../shared/jira-schemas.ts';
import type { TSite, TVendorTeam } from '../../../shared/schemas.ts';
import type { Config } from '../../config.ts';
import { jobs } from '../../db/schema/index.ts';
import type { JobHandler } from '../../jobs/job-worker.ts';
import type { Actor } from '../../policies/actor.ts';
import { buildRequest, buildSite, buildUser, buildVendorTeam, completeDossier } from '../../test/factories.ts';
import { runDueJobs } from '../../test/run-due-jobs.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { jiraJobHandlers } from '../jira-job-handlers.ts';
import { POLL_JIRA_JOB } from '../jira-job-names.ts';
import { type FakeJira, startFakeJira } from './fake-jira.ts';

export const JIRA_TOKEN = 'jira-api-token-that-must-never-leak';
export const WEBHOOK_SECRET = 'webhook-secret-0123456789abcdef';
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a10000000049454e44ae426082',
  'hex',
);

export type JiraWorld = {
  t: TestApp;
  jira: FakeJira;
  site: TSite;
  team: TVendorTeam;
  admin: TestClient;
  coordinator: TestClient;
  siteAdmin: TestClient;
  siteAdminUser: Actor;
  adminUser: Actor;
  handlers: Record<string, JobHandler>;
  runJobs: () => Promise<number>;
  /** Makes every queued job due now (a retry scheduled for later, say) and runs them. */
  runJobsNow: () => Promise<number>;
  close: () => Promise<void>;
};

export function connectionInput(
  flavour: JiraFlavour,
  baseUrl: string,
  overrides: Partial<TJiraConnectionInput> = {},
): TJiraConnectionInput {
  return {
    flavour,
    baseUrl,
    authEmail: flavour === 'data_center' ? null : 'bot@example.org',
    apiToken: JIRA_TOKEN,
    webhookSecret: WEBHOOK_SECRET,
    projectKey: 'PRIM',
    issueType: 'Bug',
    serviceDeskId: flavour === 'service_management' ? '7' : null,
    requestTypeId: flavour === 'service_management' ? '25' : null,
    fieldMapping: {
      componentByModule: { cp: 'CPIMS+' },
      priorityByUrgency: { critical: 'Highest', high: 'High' },
      isLabellingSite: true,
      isLabellingModule: true,
      referenceCustomField: null,
      customFields: {},
    },
    statusMapping: { 'Ready for release': 'fix_ready' },
    isSendingPublicComments: true,
    isEnabled: true,
    ...overrides,
  };
}

/** The app, a fake Jira of the given flavour, a team connected to it, and the people of the workflow. */
export async function createJiraWorld(
  flavour: JiraFlavour,
  options: { searchPageSize?: number; connect?: boolean; config?: Partial<Config> } = {},
): Promise<JiraWorld> {
  const t = await createTestApp({ publicUrl: 'https://help.example.org', ...options.config });
  const jira = await startFakeJira({
    flavour,
    token: JIRA_TOKEN,
    email: flavour === 'data_center' ? undefined : 'bot@example.org',
    searchPageSize: options.searchPageSize,
  });
  const site = await buildSite(t.db, { code: 'SLE' });
  const team = await buildVendorTeam(t.db, ['cp']);
  const adminUser = await buildUser(t.db, 'admin');
  const coordinatorUser = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
  const siteAdminUser = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  const admin = await t.login(adminUser.email, adminUser.password);
  const coordinator = await t.login(coordinatorUser.email, coordinatorUser.password);
  const siteAdmin = await t.login(siteAdminUser.email, siteAdminUser.password);
  if (options.connect !== false) {
    const saved = await admin.put(`/api/vendor-teams/${team.id}/jira`, connectionInput(flavour, jira.url));
    if (saved.statusCode !== 200) throw new Error(`saving the connection failed: ${saved.body}`);
  }
  // Generous: the machine running the suite may be busy; the timeout test waits this long once.
  const handlers = jiraJobHandlers({ db: t.db, config: t.config, timeoutMs: 2500 });
  const runJobs = () => runDueJobs(t.db, handlers);
  return {
    t,
    jira,
    site,
    team,
    admin,
    coordinator,
    siteAdmin,
    siteAdminUser,
    adminUser,
    handlers,
    runJobs,
    runJobsNow: async () => {
      // Polls keep their own schedule, so a test's injected fault meets the call it aims at.
      await t.db
        .update(jobs)
        .set({ runAt: new Date(Date.now() - 1000) })
        .where(and(eq(jobs.status, 'queued'), ne(jobs.name, POLL_JIRA_JOB)));
      return runJobs();
    },
    close: async () => {
      await t.close();
      await jira.close();
    },
  };
}

const multipart = (fileName: string, bytes: Buffer) => {
  const boundary = '----jira-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
};

/** A request (the site admin's, or the given reporter's) taken to level 3 through the API, with one screenshot in its dossier. */
export async function escalateToLevelThree(world: JiraWorld, summary = 'Referral form crashes on save', reporter?: Actor) {
  const request = await buildRequest(world.t.db, reporter ?? world.siteAdminUser, {
    siteId: world.site.id,
    summary,
    ...(reporter ? { channel: 'web' as const } : {}),
  });
  const upload = await world.siteAdmin.request({
    method: 'POST',
    url: `/api/requests/${request.id}/attachments`,
    ...multipart('crash.png', PNG),
  });
  if (upload.statusCode !== 201) throw new Error(`upload failed: ${upload.body}`);
  const toTwo = await world.siteAdmin.post(`/api/requests/${request.id}/escalations`, {
    toLevel: 2,
    reason: 'Crash',
    tried: 'Another browser',
  });
  if (toTwo.statusCode !== 201) throw new Error(`to level 2 failed: ${toTwo.body}`);
  const { noScreenshotReason: _none, ...dossier } = completeDossier(world.site.id);
  const toThree = await world.coordinator.post(`/api/requests/${request.id}/escalations`, {
    toLevel: 3,
    reason: 'Needs a code fix',
    dossier: { ...dossier, screenshotAttachmentIds: [upload.json().id] },
  });
  if (toThree.statusCode !== 201) throw new Error(`to level 3 failed: ${toThree.body}`);
  return toThree.json() as { id: string; reference: string };
}
