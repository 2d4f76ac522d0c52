import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_FIELDS } from '../../shared/constants.ts';
import type { TSite, TVendorTeam } from '../../shared/schemas.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, buildVendorTeam, completeDossier } from '../test/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

let t: TestApp;
let site: TSite;
let cpTeam: TVendorTeam;
let siteAdminUser: Actor & { password: string };
let siteAdmin: TestClient;
let coordinator: TestClient;
let vendor: TestClient;
let otherVendor: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  site = await buildSite(t.db, { code: 'SLE' });
  cpTeam = await buildVendorTeam(t.db, ['cp']);
  const gbvTeam = await buildVendorTeam(t.db, ['gbv']);
  siteAdminUser = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  siteAdmin = await t.login(siteAdminUser.email, siteAdminUser.password);
  const coordinatorUser = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
  coordinator = await t.login(coordinatorUser.email, coordinatorUser.password);
  const vendorUser = await buildUser(t.db, 'vendor', { vendorTeamId: cpTeam.id });
  vendor = await t.login(vendorUser.email, vendorUser.password);
  const otherVendorUser = await buildUser(t.db, 'vendor', { vendorTeamId: gbvTeam.id });
  otherVendor = await t.login(otherVendorUser.email, otherVendorUser.password);
});
afterAll(() => t?.close());

const escalate = (client: TestClient, id: string, body: Record<string, unknown>) =>
  client.post(`/api/requests/${id}/escalations`, body);

describe('[ESCALATION]: one level at a time, level 3 only with a full dossier', () => {
  it('walks a phone request from level 1 to the vendor team and back to resolution', async () => {
    const request = await buildRequest(t.db, siteAdminUser, { siteId: site.id, summary: 'Referral form crashes on save' });
    const id = request.id;

    const noTried = await escalate(siteAdmin, id, { toLevel: 2, reason: 'Beyond level 1' });
    expect(noTried.statusCode).toBe(422);
    expect(noTried.json().errors).toEqual([{ field: 'tried', message: expect.stringContaining('required') }]);

    const skip = await escalate(coordinator, id, { toLevel: 3, reason: 'skip', dossier: completeDossier(site.id) });
    expect(skip.statusCode).toBe(422);
    expect(skip.json().errors[0].field).toBe('toLevel');

    const toTwo = await escalate(siteAdmin, id, {
      toLevel: 2,
      reason: 'Crash, not a training issue',
      tried: 'Cleared cache, other browser',
    });
    expect(toTwo.statusCode).toBe(201);
    expect(toTwo.json()).toMatchObject({ level: 2, status: 'escalated', assigneeId: null });
    expect(toTwo.json().abilities.changeStatus).toBe(false);

    const bySiteAdmin = await escalate(siteAdmin, id, {
      toLevel: 3,
      reason: 'needs a developer',
      dossier: completeDossier(site.id),
    });
    expect(bySiteAdmin.statusCode).toBe(403);

    const incomplete = await escalate(coordinator, id, {
      toLevel: 3,
      reason: 'Needs a hotfix',
      dossier: { module: 'cp', title: 'Crash' },
    });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.headers['content-type']).toContain('application/problem+json');
    const fields = incomplete.json().errors.map((error: { field: string }) => error.field);
    const expected = DOSSIER_FIELDS.filter((field) => field !== 'module' && field !== 'title').map((field) => `dossier.${field}`);
    expect(fields).toEqual([...expected, 'dossier.screenshotAttachmentIds']);
    expect((await coordinator.get(`/api/requests/${id}`)).json().level).toBe(2);

    const wrongSite = await escalate(coordinator, id, {
      toLevel: 3,
      reason: 'x',
      dossier: {
        ...completeDossier(site.id),
        siteId: '00000000-0000-4000-8000-000000000000',
        instanceUrl: 'not a url',
        screenshotAttachmentIds: ['nope'],
      },
    });
    expect(wrongSite.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'dossier.siteId',
      'dossier.instanceUrl',
      'dossier.screenshotAttachmentIds',
    ]);

    expect((await vendor.get(`/api/requests/${id}`)).statusCode).toBe(404);
    const toThree = await escalate(coordinator, id, {
      toLevel: 3,
      reason: 'Needs a hotfix',
      tried: 'Reproduced on staging',
      dossier: completeDossier(site.id),
    });
    expect(toThree.statusCode).toBe(201);
    expect(toThree.json()).toMatchObject({
      level: 3,
      status: 'escalated',
      vendorTeamId: cpTeam.id,
      vendorTeamName: cpTeam.name,
      l3State: 'new',
    });
    expect(toThree.json().dossier.browser).toBe('Chrome 120');

    await coordinator.post(`/api/requests/${id}/comments`, { body: 'Internal: the district is impatient', internal: true });

    const queue = (await vendor.get('/api/vendor-queue')).json();
    expect(queue.items.map((item: { id: string }) => item.id)).toEqual([id]);
    expect((await otherVendor.get('/api/vendor-queue')).json().items).toEqual([]);
    expect((await otherVendor.get(`/api/requests/${id}`)).statusCode).toBe(404);

    const seenByVendor = (await vendor.get(`/api/requests/${id}`)).json();
    expect(seenByVendor.abilities).toMatchObject({
      comment: true,
      setL3State: true,
      addInternalNote: false,
      changeStatus: false,
      escalate: false,
    });
    const vendorTimeline = (await vendor.get(`/api/requests/${id}/timeline`)).json().events;
    expect(vendorTimeline.some((event: { isInternal: boolean }) => event.isInternal)).toBe(false);
    expect(
      (await vendor.post(`/api/requests/${id}/comments`, { body: 'Reproduced; fix in progress', internal: true })).statusCode,
    ).toBe(403);
    expect((await vendor.post(`/api/requests/${id}/comments`, { body: 'Reproduced; fix in progress' })).statusCode).toBe(201);
    const triaged = await vendor.patch(`/api/requests/${id}`, { l3State: 'fix_ready', fixVersion: 'v2.11.4' });
    expect(triaged.json()).toMatchObject({ l3State: 'fix_ready', fixVersion: 'v2.11.4' });
    expect((await vendor.patch(`/api/requests/${id}`, { status: 'resolved', resolutionSummary: 'done' })).statusCode).toBe(403);
    expect((await vendor.get('/api/vendor-queue?l3State=fix_ready')).json().total).toBe(1);
    expect((await vendor.get('/api/vendor-queue?l3State=triaged')).json().total).toBe(0);

    const resolved = await coordinator.patch(`/api/requests/${id}`, {
      status: 'resolved',
      resolutionSummary: 'Hotfix v2.11.4 deployed',
    });
    expect(resolved.json().status).toBe('resolved');

    const types = (await coordinator.get(`/api/requests/${id}/timeline`))
      .json()
      .events.map((event: { type: string }) => event.type);
    expect(types).toEqual([
      'created',
      'escalated',
      'escalated',
      'routed',
      'internal_note',
      'comment',
      'l3_state_changed',
      'resolved',
    ]);
    expect((await siteAdmin.get(`/api/requests/${id}`)).json().status).toBe('resolved');
  });

  it('de-escalates with a reason, leaving the vendor queue', async () => {
    const request = await buildRequest(t.db, siteAdminUser, { siteId: site.id });
    await escalate(siteAdmin, request.id, { toLevel: 2, reason: 'r', tried: 't' });
    await escalate(coordinator, request.id, { toLevel: 3, reason: 'r', dossier: completeDossier(site.id) });
    expect((await escalate(siteAdmin, request.id, { toLevel: 2, reason: 'nope' })).statusCode).toBe(403);
    expect((await escalate(coordinator, request.id, { toLevel: 2 })).statusCode).toBe(422);
    const down = await escalate(coordinator, request.id, { toLevel: 2, reason: 'Configuration issue after all' });
    expect(down.json()).toMatchObject({ level: 2, status: 'in_progress', vendorTeamId: null, l3State: null });
    expect((await vendor.get(`/api/requests/${request.id}`)).statusCode).toBe(404);
    const last = (await coordinator.get(`/api/requests/${request.id}/timeline`)).json().events.at(-1);
    expect(last).toMatchObject({
      type: 'de_escalated',
      body: 'Configuration issue after all',
      data: { fromLevel: 3, toLevel: 2 },
    });
  });

  it('accepts screenshots attached to the request instead of a reason for none', async () => {
    const request = await buildRequest(t.db, siteAdminUser, { siteId: site.id });
    await escalate(siteAdmin, request.id, { toLevel: 2, reason: 'r', tried: 't' });
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
    const boundary = 'b0undary';
    const upload = await coordinator.request({
      method: 'POST',
      url: `/api/requests/${request.id}/attachments`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="error.png"\r\n\r\n`),
        png,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(upload.statusCode).toBe(201);
    const { noScreenshotReason: _, ...withoutReason } = completeDossier(site.id);
    const response = await escalate(coordinator, request.id, {
      toLevel: 3,
      reason: 'r',
      dossier: { ...withoutReason, screenshotAttachmentIds: [upload.json().id] },
    });
    expect(response.statusCode).toBe(201);
  });

  it('refuses to change the level of a resolved request', async () => {
    const request = await buildRequest(t.db, siteAdminUser, { siteId: site.id });
    await siteAdmin.patch(`/api/requests/${request.id}`, { status: 'resolved', resolutionSummary: 'Fixed' });
    expect((await escalate(siteAdmin, request.id, { toLevel: 2, reason: 'r', tried: 't' })).statusCode).toBe(409);
  });
});
