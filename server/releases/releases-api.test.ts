import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { helpRequests, notifications, outboundEmails, requestReleases } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, buildVendorTeam, TEST_PASSWORD } from '../test/factories.ts';
import { createMailTestApp, type MailTestApp } from '../test/mail-test-app.ts';
import { parseMime } from '../test/parse-mime.ts';
import { buildRelease, moveToLevelThree } from '../test/release-factories.ts';
import { runDueJobs } from '../test/run-due-jobs.ts';
import type { TestClient } from '../test/test-app.ts';
import { getRelease } from './get-release.ts';
import { listReleases } from './list-releases.ts';
import { releaseJobHandlers } from './release-job-handlers.ts';

let t: MailTestApp;
let site: TSite;
let helpDesk: Actor;
let admin: Actor;
let cpVendor: Actor;
let gbvVendor: Actor;
let coordinator: Actor;
let siteAdmin: Actor;
let moduleCoordinator: Actor;
let reporter: Actor;
let cpTeamId: string;

beforeAll(async () => {
  t = await createMailTestApp();
  site = await buildSite(t.db);
  const cpTeam = await buildVendorTeam(t.db, ['cp']);
  const gbvTeam = await buildVendorTeam(t.db, ['gbv']);
  cpTeamId = cpTeam.id;
  helpDesk = await buildUser(t.db, 'help_desk');
  admin = await buildUser(t.db, 'admin');
  cpVendor = await buildUser(t.db, 'vendor', { vendorTeamId: cpTeam.id });
  gbvVendor = await buildUser(t.db, 'vendor', { vendorTeamId: gbvTeam.id });
  coordinator = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  moduleCoordinator = await buildUser(t.db, 'module_coordinator', { modules: ['cp'] });
  reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id], locale: 'fr' });
});
afterAll(() => t?.close());

const clients = new Map<string, Promise<TestClient>>();
/** One session per person for the whole file: signing in hashes a password, which is slow on purpose. */
const login = (user: Actor) => {
  if (!clients.has(user.id)) clients.set(user.id, t.login(user.email, TEST_PASSWORD));
  return clients.get(user.id) as Promise<TestClient>;
};
const runJobs = () => runDueJobs(t.db, { ...t.handlers, ...releaseJobHandlers({ db: t.db, config: t.config }) });

describe('[RELEASES]: releases', () => {
  it('creates, reads and edits a release; a bad version is 400 naming the field', async () => {
    const client = await login(helpDesk);
    const bad = await client.post('/api/releases', { version: '2.15', module: 'cp', plannedDate: '2026-12-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'version' })]);

    const created = await client.post('/api/releases', {
      version: 'v2.15.2-rc1',
      module: 'cp',
      plannedDate: '2026-12-01',
      notes: 'Fixes **sync**.\n\n<script>alert(1)</script>',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ version: 'v2.15.2-rc1', status: 'planned', fixedCount: 0 });
    const id = created.json().id;

    const duplicate = await client.post('/api/releases', { version: 'v2.15.2-rc1', module: 'cp', plannedDate: '2026-12-02' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0].field).toBe('version');

    const detail = (await (await login(reporter)).get(`/api/releases/${id}`)).json();
    expect(detail.notesHtml).toContain('<strong>sync</strong>');
    expect(detail.notesHtml).not.toContain('<script');
    expect(detail.abilities).toEqual({ edit: false, ship: false });

    const edited = await client.patch(`/api/releases/${id}`, { version: 'v2.15.2', status: 'in_testing' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 'v2.15.2', status: 'in_testing' });
    const badEdit = await client.patch(`/api/releases/${id}`, { plannedDate: 'soon' });
    expect(badEdit.statusCode).toBe(400);
    expect(badEdit.json().errors[0].field).toBe('plannedDate');
    // Shipping is its own route, never a PATCH.
    expect((await client.patch(`/api/releases/${id}`, { status: 'shipped' })).statusCode).toBe(400);

    const list = (await (await login(siteAdmin)).get('/api/releases?module=cp')).json();
    expect(list.canCreate).toBe(false);
    expect(list.items.map((r: { id: string }) => r.id)).toContain(id);
  });

  it('lets the help desk, admins and the owning vendor team manage releases, and nobody else', async () => {
    const cases: [Actor, string, number][] = [
      [helpDesk, 'gbv', 201],
      [admin, 'mrm', 201],
      [cpVendor, 'cp', 201],
      [gbvVendor, 'cp', 403],
      [coordinator, 'cp', 403],
      [siteAdmin, 'cp', 403],
      [moduleCoordinator, 'cp', 403],
      [reporter, 'cp', 403],
    ];
    let n = 0;
    for (const [actor, module, status] of cases) {
      n += 1;
      const response = await (await login(actor)).post('/api/releases', {
        version: `v3.0.${n}`,
        module,
        plannedDate: '2027-01-10',
      });
      expect(response.statusCode, `${actor.role} creating a ${module} release`).toBe(status);
    }
    const release = await buildRelease(t.db, { module: 'cp', status: 'in_testing' });
    for (const [actor, status] of [
      [gbvVendor, 403],
      [coordinator, 403],
      [moduleCoordinator, 403],
      [reporter, 403],
    ] as const) {
      const client = await login(actor);
      expect((await client.patch(`/api/releases/${release.id}`, { notes: 'x' })).statusCode, actor.role).toBe(status);
      expect((await client.post(`/api/releases/${release.id}/ship`)).statusCode, actor.role).toBe(status);
    }
    expect((await (await login(cpVendor)).patch(`/api/releases/${release.id}`, { notes: 'ok' })).statusCode).toBe(200);
    expect((await t.anonymous().get('/api/releases')).statusCode).toBe(401);
    expect((await (await login(reporter)).get('/api/releases/not-a-release')).statusCode).toBe(404);
  });

  it('ships only a release in testing, once', async () => {
    const client = await login(helpDesk);
    const planned = await buildRelease(t.db, { status: 'planned' });
    const refused = await client.post(`/api/releases/${planned.id}/ship`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors[0].field).toBe('status');
    await client.patch(`/api/releases/${planned.id}`, { status: 'in_testing' });
    expect((await client.post(`/api/releases/${planned.id}/ship`)).json()).toMatchObject({ status: 'shipped' });
    expect((await client.post(`/api/releases/${planned.id}/ship`)).statusCode).toBe(409);
    expect((await client.patch(`/api/releases/${planned.id}`, { notes: 'late' })).statusCode).toBe(409);
  });

  it('counts only the carried requests the reader may see, in the list and the release', async () => {
    const otherSite = await buildSite(t.db);
    const otherSiteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [otherSite.id] });
    const counted = await buildRelease(t.db, { status: 'planned' });
    const here = [
      await buildRequest(t.db, siteAdmin, { siteId: site.id }),
      await buildRequest(t.db, siteAdmin, { siteId: site.id }),
    ];
    const there = await buildRequest(t.db, otherSiteAdmin, { siteId: otherSite.id });
    await t.db.insert(requestReleases).values([
      { requestId: here[0].id, releaseId: counted.id, via: 'fix' },
      { requestId: here[1].id, releaseId: counted.id, via: 'deferral' },
      { requestId: there.id, releaseId: counted.id, via: 'fix' },
    ]);
    const countsFor = async (actor: Actor) => {
      const listed = (await listReleases({ db: t.db, actor, query: {} })).items.find((item) => item.id === counted.id);
      const detail = await getRelease({ db: t.db, actor, id: counted.id });
      expect(detail).toMatchObject({ fixedCount: listed?.fixedCount, deferredCount: listed?.deferredCount });
      return [listed?.fixedCount, listed?.deferredCount];
    };
    expect(await countsFor(helpDesk)).toEqual([2, 1]);
    expect(await countsFor(siteAdmin)).toEqual([1, 1]);
    expect(await countsFor(otherSiteAdmin)).toEqual([1, 0]);
    expect(await countsFor(reporter)).toEqual([0, 0]);
    const listedForSiteAdmin = (await (await login(siteAdmin)).get('/api/releases')).json();
    expect(listedForSiteAdmin.items.find((item: { id: string }) => item.id === counted.id)).toMatchObject({
      fixedCount: 1,
      deferredCount: 1,
    });
  });
});

describe('[RELEASES]: the code change of a level-3 request', () => {
  it('records the link and the release, from its module only, by level-3 workers', async () => {
    const request = await buildRequest(t.db, reporter, { siteId: site.id });
    const release = await buildRelease(t.db, { module: 'cp' });
    const gbvRelease = await buildRelease(t.db, { module: 'gbv' });
    const vendor = await login(cpVendor);
    // Not at level 3 yet: nobody records a code change.
    expect(
      (await (await login(helpDesk)).put(`/api/requests/${request.id}/code-change`, { releaseId: release.id })).statusCode,
    ).toBe(403);
    await moveToLevelThree(t.db, request.id, cpTeamId);

    const badUrl = await vendor.put(`/api/requests/${request.id}/code-change`, { codeChangeUrl: 'not a link' });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json().errors[0].field).toBe('codeChangeUrl');
    const otherModule = await vendor.put(`/api/requests/${request.id}/code-change`, { releaseId: gbvRelease.id });
    expect(otherModule.statusCode).toBe(422);
    expect(otherModule.json().errors[0].field).toBe('releaseId');

    const saved = await vendor.put(`/api/requests/${request.id}/code-change`, {
      codeChangeUrl: 'https://github.com/primeroIMS/primero/pull/4242',
      releaseId: release.id,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      codeChangeUrl: 'https://github.com/primeroIMS/primero/pull/4242',
      release: { id: release.id, version: release.version },
      abilities: { setCodeChange: true, proposeDeferral: false },
    });
    const shown = (await vendor.get(`/api/requests/${request.id}`)).json();
    expect(shown).toMatchObject({
      fixVersion: release.version,
      codeChangeUrl: 'https://github.com/primeroIMS/primero/pull/4242',
    });
    // Renaming the release keeps the request's fix version in step.
    expect((await vendor.patch(`/api/releases/${release.id}`, { version: 'v2.99.1' })).statusCode).toBe(200);
    expect((await vendor.get(`/api/requests/${request.id}`)).json().fixVersion).toBe('v2.99.1');
    const timeline = (await vendor.get(`/api/requests/${request.id}/timeline`)).json().events;
    expect(timeline.at(-1)).toMatchObject({ type: 'release_linked', data: { release: { from: null, to: release.version } } });

    for (const actor of [siteAdmin, moduleCoordinator, reporter, gbvVendor]) {
      const response = await (await login(actor)).put(`/api/requests/${request.id}/code-change`, { releaseId: null });
      expect([403, 404], actor.role).toContain(response.statusCode);
    }
    expect((await (await login(gbvVendor)).get(`/api/requests/${request.id}/release`)).statusCode).toBe(404);
    expect(
      (await (await login(coordinator)).put(`/api/requests/${request.id}/code-change`, { releaseId: null })).statusCode,
    ).toBe(200);
  });
});

describe('[RELEASES]: shipping a release', () => {
  it('resolves or closes every carried request per its site’s setting, and mails each reporter in their language', async () => {
    const closingSite = await buildSite(t.db);
    // The site admin form's setting, through the sites API.
    const setting = await (await login(admin)).patch(`/api/sites/${closingSite.id}`, { releaseOutcome: 'close' });
    expect(setting.json()).toMatchObject({ releaseOutcome: 'close' });
    expect((await (await login(admin)).patch(`/api/sites/${closingSite.id}`, { releaseOutcome: 'never' })).statusCode).toBe(400);
    const otherReporter = await buildUser(t.db, 'reporter', { siteIds: [closingSite.id], locale: 'en' });
    const release = await buildRelease(t.db, { module: 'cp', status: 'in_testing', version: 'v2.15.9' });
    const verifying = await buildRequest(t.db, reporter, { siteId: site.id, summary: 'Export hangs on large cases' });
    const closing = await buildRequest(t.db, otherReporter, { siteId: closingSite.id, summary: 'Sync drops attachments' });
    const vendor = await login(cpVendor);
    for (const request of [verifying, closing]) {
      await moveToLevelThree(t.db, request.id, cpTeamId);
      expect((await vendor.put(`/api/requests/${request.id}/code-change`, { releaseId: release.id })).statusCode).toBe(200);
    }

    const shipped = await vendor.post(`/api/releases/${release.id}/ship`);
    expect(shipped.statusCode).toBe(200);
    expect(shipped.json()).toMatchObject({ status: 'shipped', fixedCount: 2 });
    await runJobs();

    const [a] = await t.db.select().from(helpRequests).where(eq(helpRequests.id, verifying.id));
    const [b] = await t.db.select().from(helpRequests).where(eq(helpRequests.id, closing.id));
    expect(a).toMatchObject({ status: 'resolved', l3State: 'released', fixVersion: 'v2.15.9' });
    expect(a.closedAt).toBeNull();
    expect(b).toMatchObject({ status: 'closed', l3State: 'released' });
    // The reporter confirms the fix by closing the request themselves.
    const reporterClient = await login(reporter);
    expect((await reporterClient.get(`/api/requests/${verifying.id}`)).json().abilities.allowedStatuses).toContain('closed');
    const events = (await reporterClient.get(`/api/requests/${verifying.id}/timeline`)).json().events;
    expect(events.at(-1)).toMatchObject({
      type: 'release_shipped',
      data: { version: 'v2.15.9', outcome: 'verify', to: 'resolved' },
    });

    const [inApp] = await t.db.select().from(notifications).where(eq(notifications.userId, reporter.id));
    expect(inApp).toMatchObject({ type: 'release_shipped', link: `/requests/${verifying.reference}` });

    const frMail = t.sink.received.filter((m) => m.to.includes(reporter.email)).map((m) => parseMime(m.raw));
    expect(frMail).toHaveLength(1);
    expect(frMail[0].headers.get('subject')).toBe(`[${verifying.reference}] Corrigé dans v2.15.9: Export hangs on large cases`);
    expect(frMail[0].text).toContain('Vérifiez que tout fonctionne');
    const enMail = t.sink.received.filter((m) => m.to.includes(otherReporter.email)).map((m) => parseMime(m.raw));
    expect(enMail).toHaveLength(1);
    expect(enMail[0].text).toContain('The request is now closed');
    const kinds = await t.db
      .select({ kind: outboundEmails.kind })
      .from(outboundEmails)
      .where(eq(outboundEmails.requestId, verifying.id));
    expect(kinds.map((row) => row.kind)).toEqual(['release_shipped']);

    // A second run (a retried job) changes nothing and mails nobody again.
    const before = await t.db.select().from(outboundEmails);
    const { applyShippedRelease } = await import('./apply-shipped-release.ts');
    expect(await applyShippedRelease({ db: t.db, settings: t.config, releaseId: release.id })).toBe(0);
    expect(await t.db.select().from(outboundEmails)).toHaveLength(before.length);
    expect((await vendor.get(`/api/releases/${release.id}`)).json().fixedRequests).toHaveLength(2);
  });
});
