import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TConsolidatedCounts, TConsolidatedRow } from '../../shared/consolidation-schemas.ts';
import type { Role } from '../../shared/constants.ts';
import type { THelpRequest, TSite } from '../../shared/schemas.ts';
import type { Actor } from '../policies/actor.ts';
import { createRequest } from '../requests/create-request.ts';
import { buildSite, buildUser, buildVendorTeam, TEST_PASSWORD } from '../test/factories.ts';
import { runDueJobs } from '../test/run-due-jobs.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';
import { consolidationJobHandlers } from './consolidation-job-handlers.ts';

let t: TestApp;
let sle: TSite;
let cod: TSite;
let jor: TSite;
let siteAdmin: Actor;
const clients = new Map<string, TestClient>();
let sheetRow: THelpRequest;
let mailCopy: THelpRequest;
let crossSiteA: THelpRequest;
let crossSiteB: THelpRequest;

beforeAll(async () => {
  t = await createTestApp();
  sle = await buildSite(t.db, { code: 'SLE', name: 'Sierra Leone' });
  cod = await buildSite(t.db, { code: 'COD', name: 'DR Congo' });
  jor = await buildSite(t.db, { code: 'JOR', name: 'Jordan' });
  const team = await buildVendorTeam(t.db, ['cp']);
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [sle.id, cod.id, jor.id] });
  const users: [string, Role, Parameters<typeof buildUser>[2]][] = [
    ['coordinator', 'coordinator', { siteIds: [sle.id, cod.id] }],
    ['help_desk', 'help_desk', {}],
    ['admin', 'admin', {}],
    ['site_admin', 'site_admin', { siteIds: [sle.id] }],
    ['module_coordinator', 'module_coordinator', { modules: ['cp'] }],
    ['vendor', 'vendor', { vendorTeamId: team.id }],
    ['reporter', 'reporter', { siteIds: [sle.id] }],
    ['jordan_coordinator', 'coordinator', { siteIds: [jor.id] }],
  ];
  for (const [key, role, overrides] of users) {
    const user = await buildUser(t.db, role, overrides);
    clients.set(key, await t.login(user.email, TEST_PASSWORD));
  }
  const log = (siteId: string, summary: string, extra: Record<string, unknown>, source?: THelpRequest['source']) =>
    createRequest({ db: t.db, actor: siteAdmin, input: { siteId, module: 'cp', summary, ...extra }, source });
  sheetRow = await log(
    sle.id,
    'Tablet will not sync cases',
    { channel: 'spreadsheet', reporterName: 'Musa Kallon', reporterContact: '+232 79 300 400' },
    { via: 'spreadsheet', fileName: 'kenema-register.xlsx', row: 7, importId: 'imp-1' },
  );
  mailCopy = await log(
    sle.id,
    'Tablet does not sync cases',
    { channel: 'email', reporterName: 'Musa Kallon', reporterContact: '+232 79 300 400' },
    { via: 'email', mailboxId: 'sle', messageId: '<m1@example.org>' },
  );
  await log(
    cod.id,
    'Need training on referrals',
    { channel: 'phone', reporterName: 'Grace Mbuyi' },
    { via: 'offline', device: 'Goma tablet 3' },
  );
  await log(cod.id, 'Export is slow', { channel: 'web', reporterName: 'Paul Ilunga' });
  // The same e-mail address at two sites: a pair only someone who sees both sites may know of.
  crossSiteA = await log(sle.id, 'Password reset link expired', {
    channel: 'email',
    reporterName: 'Nadia',
    reporterContact: 'nadia@example.org',
  });
  crossSiteB = await log(jor.id, 'Password reset link has expired', {
    channel: 'email',
    reporterName: 'Nadia',
    reporterContact: 'nadia@example.org',
  });
  await runDueJobs(t.db, consolidationJobHandlers({ db: t.db, config: t.config }));
}, 300_000);
afterAll(() => t?.close());

const client = (key: string) => clients.get(key) as TestClient;

describe('[CONSOLIDATION]: the consolidated register', () => {
  it('shows each request’s source on the request itself', async () => {
    const response = await client('coordinator').get(`/api/requests/${sheetRow.id}`);
    expect(response.json().source).toEqual({ via: 'spreadsheet', fileName: 'kenema-register.xlsx', row: 7, importId: 'imp-1' });
    const web = await client('coordinator').get(`/api/requests/${crossSiteA.id}`);
    expect(web.json().source).toEqual({ via: 'web' });
  });

  it('counts per site and per source over the coordinator’s sites only', async () => {
    const counts = (await client('coordinator').get('/api/consolidated/counts')).json() as TConsolidatedCounts;
    expect(counts.sites.map((s) => s.siteCode)).toEqual(['COD', 'SLE']);
    expect(counts.total).toBe(5);
    expect(counts.byVia).toEqual({ spreadsheet: 1, email: 1, offline: 1, web: 2 });
    expect(counts.sites.find((s) => s.siteCode === 'COD')).toMatchObject({ total: 2, byVia: { offline: 1, web: 1 } });
    // The cross-site pair has a side in Jordan, which this coordinator does not cover.
    expect(counts.openDuplicatePairs).toBe(1);
    const desk = (await client('help_desk').get('/api/consolidated/counts')).json() as TConsolidatedCounts;
    expect(desk.total).toBe(6);
    expect(desk.openDuplicatePairs).toBe(2);
  });

  it('lists rows with source and flag, and filters by source, channel, site and flag', async () => {
    const coordinator = client('coordinator');
    const all = (await coordinator.get('/api/consolidated/requests')).json().items as TConsolidatedRow[];
    expect(all).toHaveLength(5);
    const row = all.find((r) => r.id === sheetRow.id);
    expect(row).toMatchObject({
      siteName: 'Sierra Leone',
      possibleDuplicateCount: 1,
      source: { fileName: 'kenema-register.xlsx', row: 7 },
    });
    expect(all.find((r) => r.id === crossSiteA.id)?.possibleDuplicateCount).toBe(0);
    const ids = async (query: string) =>
      ((await coordinator.get(`/api/consolidated/requests?${query}`)).json().items as TConsolidatedRow[]).map((r) => r.id).sort();
    expect(await ids('via=spreadsheet,email')).toEqual([sheetRow.id, mailCopy.id].sort());
    expect(await ids('channel=email')).toEqual([mailCopy.id, crossSiteA.id].sort());
    expect(await ids(`siteId=${cod.id}&via=offline`)).toHaveLength(1);
    expect(await ids('isFlagged=true')).toEqual([sheetRow.id, mailCopy.id].sort());
    const deskFlagged = (await client('help_desk').get('/api/consolidated/requests?isFlagged=true')).json()
      .items as TConsolidatedRow[];
    expect(deskFlagged).toHaveLength(4);
    const paged = (await coordinator.get('/api/consolidated/requests?limit=2')).json();
    expect(paged.items).toHaveLength(2);
    const next = (await coordinator.get(`/api/consolidated/requests?limit=10&cursor=${paged.nextCursor}`)).json();
    expect(next.items).toHaveLength(3);
    const bad = await coordinator.get('/api/consolidated/requests?via=fax');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toMatch(/via/);
  });

  it('never shows a pair whose other request the caller may not see', async () => {
    expect((await client('coordinator').get(`/api/requests/${crossSiteA.id}/duplicates`)).json().items).toEqual([]);
    expect((await client('jordan_coordinator').get(`/api/requests/${crossSiteB.id}/duplicates`)).json().items).toEqual([]);
    const desk = (await client('help_desk').get(`/api/requests/${crossSiteA.id}/duplicates`)).json().items;
    expect(desk).toHaveLength(1);
    expect(desk[0]).toMatchObject({ matchedOn: 'email', b: { id: crossSiteB.id }, abilities: { dismiss: true, merge: true } });
  });
});

describe('[CONSOLIDATION]: who may do what (role × endpoint)', () => {
  const VIEWERS = ['coordinator', 'help_desk', 'admin'];
  const OTHERS = ['site_admin', 'module_coordinator', 'vendor', 'reporter'];

  it('opens the consolidated register and the pair list to coordinators, the help desk and admins only', async () => {
    for (const path of ['/api/consolidated/requests', '/api/consolidated/counts', '/api/duplicates']) {
      for (const key of VIEWERS) expect((await client(key).get(path)).statusCode, `${key} ${path}`).toBe(200);
      for (const key of OTHERS) expect((await client(key).get(path)).statusCode, `${key} ${path}`).toBe(403);
      expect((await t.anonymous().get(path)).statusCode).toBe(401);
    }
  });

  it('shows a request’s possible duplicates to whoever sees it, with actions only for reviewers; 404 out of scope', async () => {
    const url = `/api/requests/${sheetRow.id}/duplicates`;
    const siteAdminView = (await client('site_admin').get(url)).json().items;
    expect(siteAdminView).toHaveLength(1);
    expect(siteAdminView[0].abilities).toEqual({ dismiss: false, merge: false });
    expect((await client('coordinator').get(url)).json().items[0].abilities).toEqual({ dismiss: true, merge: true });
    expect((await client('jordan_coordinator').get(url)).statusCode).toBe(404);
    expect((await client('vendor').get(url)).statusCode).toBe(404);
  });

  it('lets only reviewers who see both requests dismiss or merge', async () => {
    const pairId = (await client('coordinator').get(`/api/requests/${sheetRow.id}/duplicates`)).json().items[0].id;
    for (const key of OTHERS) {
      expect((await client(key).post(`/api/duplicates/${pairId}/dismiss`, {})).statusCode, key).toBe(403);
      expect(
        (await client(key).post(`/api/requests/${sheetRow.id}/merge`, { duplicateRequestId: mailCopy.id })).statusCode,
        key,
      ).toBe(403);
    }
    expect((await client('jordan_coordinator').post(`/api/duplicates/${pairId}/dismiss`, {})).statusCode).toBe(404);
    expect(
      (await client('jordan_coordinator').post(`/api/requests/${sheetRow.id}/merge`, { duplicateRequestId: mailCopy.id }))
        .statusCode,
    ).toBe(404);
    const crossPair = (await client('help_desk').get(`/api/requests/${crossSiteA.id}/duplicates`)).json().items[0].id;
    expect((await client('coordinator').post(`/api/duplicates/${crossPair}/dismiss`, {})).statusCode).toBe(404);
    expect((await client('admin').post(`/api/duplicates/${pairId}/dismiss`, {})).statusCode).toBe(200);
    expect(
      (await client('coordinator').post('/api/duplicates/00000000-0000-4000-8000-000000000000/dismiss', {})).statusCode,
    ).toBe(404);
  });
});
