import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { deferralDecisions, helpRequests, notifications, outboundEmails, requestReleases } from '../db/schema/index.ts';
import { updateNotificationPreferences } from '../mail/update-notification-preferences.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, buildVendorTeam, TEST_PASSWORD } from '../test/factories.ts';
import { createMailTestApp, type MailTestApp } from '../test/mail-test-app.ts';
import { parseMime } from '../test/parse-mime.ts';
import { buildRelease, moveToLevelThree } from '../test/release-factories.ts';
import type { TestClient } from '../test/test-app.ts';

let t: MailTestApp;
let site: TSite;
let helpDesk: Actor;
let otherHelpDesk: Actor;
let cpCoordinator: Actor;
let gbvCoordinator: Actor;
let coordinator: Actor;
let admin: Actor;
let reporter: Actor;
let release: { id: string; version: string };

beforeAll(async () => {
  t = await createMailTestApp();
  site = await buildSite(t.db);
  helpDesk = await buildUser(t.db, 'help_desk');
  otherHelpDesk = await buildUser(t.db, 'help_desk');
  cpCoordinator = await buildUser(t.db, 'module_coordinator', { modules: ['cp'] });
  gbvCoordinator = await buildUser(t.db, 'module_coordinator', { modules: ['gbv'] });
  coordinator = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
  admin = await buildUser(t.db, 'admin');
  reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id], locale: 'es' });
  release = await buildRelease(t.db, { module: 'cp', status: 'planned', version: 'v2.16.0', plannedDate: '2027-02-01' });
});
afterAll(() => t?.close());

const clients = new Map<string, Promise<TestClient>>();
const login = (user: Actor) => {
  if (!clients.has(user.id)) clients.set(user.id, t.login(user.email, TEST_PASSWORD));
  return clients.get(user.id) as Promise<TestClient>;
};
const statusOf = async (id: string) => (await t.db.select().from(helpRequests).where(eq(helpRequests.id, id)))[0].status;

async function propose(overrides: { urgency?: 'critical' | 'high' | 'normal' | 'low'; module?: 'cp' | 'gbv' } = {}) {
  const request = await buildRequest(t.db, reporter, { siteId: site.id, summary: 'Report export is slow', ...overrides });
  const response = await (await login(helpDesk)).post(`/api/requests/${request.id}/deferrals`, {
    releaseId: release.id,
    reason: 'Needs a schema change; a workaround exists.',
  });
  return { request, response };
}

describe('[DEFERRALS]: deferral by consultation', () => {
  it('takes effect only when the help desk and the module coordinator both approve; the reporter is told', async () => {
    const { request, response } = await propose();
    expect(response.statusCode).toBe(201);
    const proposal = response.json();
    expect(proposal).toMatchObject({ status: 'pending', releaseVersion: 'v2.16.0', decisions: [], myParty: 'help_desk' });

    // Both parties see it in "pending my decision"; others do not have that list.
    expect(
      (await (await login(cpCoordinator)).get('/api/deferrals/pending')).json().items.map((p: { id: string }) => p.id),
    ).toContain(proposal.id);
    expect((await (await login(gbvCoordinator)).get('/api/deferrals/pending')).json().items).toEqual([]);
    expect((await (await login(coordinator)).get('/api/deferrals/pending')).statusCode).toBe(403);

    const first = await (await login(cpCoordinator)).post(`/api/deferrals/${proposal.id}/decisions`, {
      decision: 'approve',
      comment: 'Agreed for CPIMS+; the workaround is documented.',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'pending', decisions: [{ party: 'module_coordinator', decision: 'approve' }] });
    expect(await statusOf(request.id)).toBe('new');
    expect(
      (await (await login(cpCoordinator)).get('/api/deferrals/pending')).json().items.map((p: { id: string }) => p.id),
    ).not.toContain(proposal.id);

    const second = await (await login(otherHelpDesk)).post(`/api/deferrals/${proposal.id}/decisions`, {
      decision: 'approve',
      comment: 'Help desk agrees.',
    });
    expect(second.json()).toMatchObject({ status: 'approved' });
    expect(await statusOf(request.id)).toBe('deferred');
    const decisions = await t.db.select().from(deferralDecisions).where(eq(deferralDecisions.proposalId, proposal.id));
    expect(decisions.map((d) => [d.party, d.decision, d.comment]).sort()).toEqual([
      ['help_desk', 'approve', 'Help desk agrees.'],
      ['module_coordinator', 'approve', 'Agreed for CPIMS+; the workaround is documented.'],
    ]);

    // It sits in the release's backlog and has left the register's open queue.
    const detail = (await (await login(coordinator)).get(`/api/releases/${release.id}`)).json();
    expect(detail.backlog.map((r: { id: string }) => r.id)).toContain(request.id);
    const open = (
      await (await login(coordinator)).get('/api/requests?status=new,in_progress,waiting_on_reporter,escalated&limit=200')
    ).json();
    expect(open.items.map((r: { id: string }) => r.id)).not.toContain(request.id);

    // The reporter sees a public "deferred" event (not the consultation) and hears in Spanish.
    const events = (await (await login(reporter)).get(`/api/requests/${request.id}/timeline`)).json().events;
    const types = events.map((e: { type: string }) => e.type);
    expect(types).toContain('deferred');
    expect(types).not.toContain('deferral_decided');
    expect(types).not.toContain('deferral_proposed');
    const staffTypes = (await (await login(coordinator)).get(`/api/requests/${request.id}/timeline`))
      .json()
      .events.map((e: { type: string }) => e.type);
    expect(staffTypes.filter((type: string) => type === 'deferral_decided')).toHaveLength(2);
    const [inApp] = await t.db.select().from(notifications).where(eq(notifications.userId, reporter.id));
    expect(inApp).toMatchObject({ type: 'request_deferred' });
    await t.runMailJobs();
    const mails = t.sink.received.filter((m) => m.to.includes(reporter.email)).map((m) => parseMime(m.raw));
    expect(mails).toHaveLength(1);
    expect(mails[0].headers.get('subject')).toBe(`[${request.reference}] Previsto para v2.16.0: Report export is slow`);
    expect(mails[0].text).toContain('Needs a schema change');

    // Once effective nobody decides again.
    expect(
      (await (await login(helpDesk)).post(`/api/deferrals/${proposal.id}/decisions`, { decision: 'reject', comment: 'x' }))
        .statusCode,
    ).toBe(409);
  });

  it.each([
    ['the help desk', () => helpDesk],
    ['the module coordinator', () => cpCoordinator],
  ])('returns the request to the queue when %s rejects', async (_who, decider) => {
    const { request, response } = await propose({ urgency: 'high' });
    const proposal = response.json();
    const rejected = await (await login(decider())).post(`/api/deferrals/${proposal.id}/decisions`, {
      decision: 'reject',
      comment: 'Too many sites affected to wait.',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected' });
    expect(rejected.json().closedAt).not.toBeNull();
    expect(await statusOf(request.id)).toBe('in_progress');
    const other = decider() === helpDesk ? cpCoordinator : helpDesk;
    expect(
      (await (await login(other)).post(`/api/deferrals/${proposal.id}/decisions`, { decision: 'approve', comment: 'ok' }))
        .statusCode,
    ).toBe(409);
    // A new proposal may follow a rejected one.
    const again = await (await login(helpDesk)).post(`/api/requests/${request.id}/deferrals`, {
      releaseId: release.id,
      reason: 'Retry',
    });
    expect(again.statusCode).toBe(201);
  });

  it('refuses to defer a critical request, with a clear error', async () => {
    const { request, response } = await propose({ urgency: 'critical' });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      { field: 'urgency', message: expect.stringContaining('critical requests cannot be deferred') },
    ]);
    const info = (await (await login(helpDesk)).get(`/api/requests/${request.id}/release`)).json();
    expect(info.abilities.proposeDeferral).toBe(false);
  });

  it('lets each party decide once: the proposer approves for the help desk but cannot also stand in for the coordinator', async () => {
    const { request, response } = await propose();
    const proposal = response.json();
    const proposer = await login(helpDesk);
    expect(
      (await proposer.post(`/api/deferrals/${proposal.id}/decisions`, { decision: 'approve', comment: 'Proposed it' }))
        .statusCode,
    ).toBe(200);
    const twice = await proposer.post(`/api/deferrals/${proposal.id}/decisions`, { decision: 'approve', comment: 'Again' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0]).toMatchObject({ field: 'decision', message: 'the help desk has already decided' });
    // Another help-desk member is the same party.
    expect(
      (
        await (
          await login(otherHelpDesk)
        ).post(`/api/deferrals/${proposal.id}/decisions`, { decision: 'approve', comment: 'Me too' })
      ).statusCode,
    ).toBe(409);
    expect(await statusOf(request.id)).toBe('new');
    // Admins, coordinators and a coordinator of another module are no party at all.
    expect(
      (await (await login(admin)).post(`/api/deferrals/${proposal.id}/decisions`, { decision: 'approve', comment: 'x' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await (await login(coordinator)).post(`/api/deferrals/${proposal.id}/decisions`, { decision: 'approve', comment: 'x' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await (await login(gbvCoordinator)).post(`/api/deferrals/${proposal.id}/decisions`, { decision: 'approve', comment: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await (await login(cpCoordinator)).post(`/api/deferrals/${proposal.id}/decisions`, { decision: 'approve', comment: 'ok' })
      ).json().status,
    ).toBe('approved');
  });

  it('takes a deferred level-3 request out of the vendor queue', async () => {
    const team = await buildVendorTeam(t.db, ['cp']);
    const vendor = await buildUser(t.db, 'vendor', { vendorTeamId: team.id });
    const { request, response } = await propose();
    await moveToLevelThree(t.db, request.id, team.id);
    const queue = async () =>
      (await (await login(vendor)).get('/api/vendor-queue')).json().items.map((r: { id: string }) => r.id);
    expect(await queue()).toContain(request.id);
    for (const decider of [helpDesk, cpCoordinator]) {
      await (await login(decider)).post(`/api/deferrals/${response.json().id}/decisions`, { decision: 'approve', comment: 'ok' });
    }
    expect(await statusOf(request.id)).toBe('deferred');
    expect(await queue()).not.toContain(request.id);
  });

  it('lets only the help desk propose, to an unshipped release of the request’s module, once at a time', async () => {
    const request = await buildRequest(t.db, reporter, { siteId: site.id });
    for (const actor of [coordinator, cpCoordinator, admin, reporter]) {
      const response = await (await login(actor)).post(`/api/requests/${request.id}/deferrals`, {
        releaseId: release.id,
        reason: 'x',
      });
      expect(response.statusCode, actor.role).toBe(403);
    }
    const client = await login(helpDesk);
    const gbv = await buildRelease(t.db, { module: 'gbv' });
    const shipped = await buildRelease(t.db, { module: 'cp', status: 'shipped' });
    for (const releaseId of [gbv.id, shipped.id, '00000000-0000-4000-8000-000000000000']) {
      const response = await client.post(`/api/requests/${request.id}/deferrals`, { releaseId, reason: 'x' });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].field).toBe('releaseId');
    }
    const noReason = await client.post(`/api/requests/${request.id}/deferrals`, { releaseId: release.id, reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');
    expect((await client.post(`/api/requests/${request.id}/deferrals`, { releaseId: release.id, reason: 'a' })).statusCode).toBe(
      201,
    );
    expect((await client.post(`/api/requests/${request.id}/deferrals`, { releaseId: release.id, reason: 'b' })).statusCode).toBe(
      409,
    );
    expect((await client.post('/api/deferrals/not-an-id/decisions', { decision: 'approve', comment: 'x' })).statusCode).toBe(404);
  });

  it('clears the release link, and says so on the timeline, when a deferred request is taken back by hand', async () => {
    const { request, response } = await propose();
    const proposal = response.json();
    for (const decider of [cpCoordinator, helpDesk]) {
      await (await login(decider)).post(`/api/deferrals/${proposal.id}/decisions`, { decision: 'approve', comment: 'ok' });
    }
    expect(await statusOf(request.id)).toBe('deferred');
    const client = await login(helpDesk);
    const back = await client.patch(`/api/requests/${request.id}`, { status: 'in_progress', reason: 'A site cannot wait' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'in_progress', fixVersion: null });
    expect(await t.db.select().from(requestReleases).where(eq(requestReleases.requestId, request.id))).toEqual([]);
    const detail = (await client.get(`/api/releases/${release.id}`)).json();
    expect(detail.backlog.map((r: { id: string }) => r.id)).not.toContain(request.id);
    const events = (await client.get(`/api/requests/${request.id}/timeline`)).json().events;
    const unlinked = events.find((e: { type: string }) => e.type === 'release_linked');
    expect(unlinked).toMatchObject({
      actorId: helpDesk.id,
      data: { release: { from: 'v2.16.0', to: null }, releaseId: release.id, cause: 'left_deferral' },
    });
  });

  it('mails the reporter under the “deferred” preference, not the “resolved” one', async () => {
    const quiet = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    const deferFor = async () => {
      const request = await buildRequest(t.db, quiet, { siteId: site.id, summary: 'Slow report', urgency: 'low' });
      const proposal = (
        await (await login(helpDesk)).post(`/api/requests/${request.id}/deferrals`, { releaseId: release.id, reason: 'Later' })
      ).json();
      for (const decider of [cpCoordinator, helpDesk]) {
        await (await login(decider)).post(`/api/deferrals/${proposal.id}/decisions`, { decision: 'approve', comment: 'ok' });
      }
      const [mail] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.requestId, request.id));
      return mail;
    };
    await updateNotificationPreferences({ db: t.db, userId: quiet.id, preferences: { request_resolved: 'off' } });
    expect(await deferFor()).toMatchObject({ kind: 'request_deferred', status: 'queued' });
    await updateNotificationPreferences({
      db: t.db,
      userId: quiet.id,
      preferences: { request_resolved: 'immediate', request_deferred: 'off' },
    });
    expect(await deferFor()).toMatchObject({ kind: 'request_deferred', status: 'suppressed' });
  });
});
