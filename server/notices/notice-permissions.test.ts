import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/constants.ts';
import type { TSite } from '../../shared/schemas.ts';
import type { Actor } from '../policies/actor.ts';
import { noticeAbilities } from '../policies/notice-policy.ts';
import { buildSite, buildUser, buildVendorTeam, TEST_PASSWORD } from '../test/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';
import { hoursFromNow } from './notice-test-world.ts';

/**
 * Role by role, through the HTTP API, written out by hand from DESIGN.md and issue 6: the help
 * desk issues and steers notices; coordinators and site admins relay for their own sites only.
 */
type Who =
  | 'help_desk'
  | 'admin'
  | 'coordinator_in'
  | 'coordinator_out'
  | 'site_admin_in'
  | 'site_admin_out'
  | 'module_coordinator'
  | 'reporter'
  | 'vendor'
  | 'anonymous';

let t: TestApp;
let siteIn: TSite;
let siteOut: TSite;
const clients = new Map<Who, TestClient>();
let noticeId: string;

const ROLE_OF: Record<Exclude<Who, 'anonymous'>, [Role, 'in' | 'out' | null]> = {
  help_desk: ['help_desk', null],
  admin: ['admin', null],
  coordinator_in: ['coordinator', 'in'],
  coordinator_out: ['coordinator', 'out'],
  site_admin_in: ['site_admin', 'in'],
  site_admin_out: ['site_admin', 'out'],
  module_coordinator: ['module_coordinator', null],
  reporter: ['reporter', 'in'],
  vendor: ['vendor', null],
};

const notice = () => ({
  type: 'downtime',
  versions: [{ language: 'en', title: 'Upgrade', body: 'Offline for two hours.' }],
  windowStart: hoursFromNow(48),
  windowEnd: hoursFromNow(50),
  siteIds: [siteIn.id],
});

beforeAll(async () => {
  t = await createTestApp();
  siteIn = await buildSite(t.db);
  siteOut = await buildSite(t.db);
  const team = await buildVendorTeam(t.db);
  for (const [who, [role, scope]] of Object.entries(ROLE_OF)) {
    const siteIds = scope === 'in' ? [siteIn.id] : scope === 'out' ? [siteOut.id] : [];
    const user = await buildUser(t.db, role, { siteIds, vendorTeamId: role === 'vendor' ? team.id : null });
    clients.set(who as Who, await t.login(user.email, TEST_PASSWORD));
  }
  clients.set('anonymous', t.anonymous());
  const issued = await (clients.get('help_desk') as TestClient).post('/api/notices', notice());
  noticeId = issued.json().id;
}, 600_000); // ten accounts, each hashed and signed in with argon2
afterAll(() => t?.close());

// Run one after the other, coordinators last: once the coordinator relays, the site admin may.
const ALL: Who[] = [
  'help_desk',
  'admin',
  'site_admin_in',
  'site_admin_out',
  'module_coordinator',
  'reporter',
  'vendor',
  'anonymous',
  'coordinator_out',
  'coordinator_in',
];
const client = (who: Who) => clients.get(who) as TestClient;

const EXPECTED: Record<string, { run: (c: TestClient) => Promise<number>; status: Record<Who, number> }> = {
  'issue a notice': {
    run: async (c) => (await c.post('/api/notices', notice())).statusCode,
    status: {
      help_desk: 201,
      admin: 201,
      coordinator_in: 403,
      coordinator_out: 403,
      site_admin_in: 403,
      site_admin_out: 403,
      module_coordinator: 403,
      reporter: 403,
      vendor: 403,
      anonymous: 401,
    },
  },
  'read the notice': {
    run: async (c) => (await c.get(`/api/notices/${noticeId}`)).statusCode,
    status: {
      help_desk: 200,
      admin: 200,
      coordinator_in: 200,
      coordinator_out: 404,
      site_admin_in: 200,
      site_admin_out: 404,
      module_coordinator: 200,
      reporter: 404,
      vendor: 404,
      anonymous: 401,
    },
  },
  'see the board': {
    run: async (c) => (await c.get(`/api/notices/${noticeId}/board`)).statusCode,
    status: {
      help_desk: 200,
      admin: 200,
      coordinator_in: 403,
      coordinator_out: 403,
      site_admin_in: 403,
      site_admin_out: 403,
      module_coordinator: 403,
      reporter: 403,
      vendor: 403,
      anonymous: 401,
    },
  },
  // The site admin has not received it yet: the coordinator relays first.
  'relay for the site': {
    run: async (c) => (await c.post(`/api/notices/${noticeId}/relay`, { siteId: siteIn.id })).statusCode,
    status: {
      help_desk: 403,
      admin: 403,
      coordinator_in: 200,
      coordinator_out: 404,
      site_admin_in: 403,
      site_admin_out: 404,
      module_coordinator: 403,
      reporter: 404,
      vendor: 404,
      anonymous: 401,
    },
  },
  'change the window': {
    run: async (c) =>
      (await c.post(`/api/notices/${noticeId}/window`, { windowStart: hoursFromNow(49), windowEnd: hoursFromNow(51) }))
        .statusCode,
    status: {
      help_desk: 200,
      admin: 200,
      coordinator_in: 403,
      coordinator_out: 403,
      site_admin_in: 403,
      site_admin_out: 403,
      module_coordinator: 403,
      reporter: 403,
      vendor: 403,
      anonymous: 401,
    },
  },
};

describe('[NOTICES]: who may do what, role by role', () => {
  for (const [action, { run, status }] of Object.entries(EXPECTED)) {
    it(action, async () => {
      const actual: Partial<Record<Who, number>> = {};
      for (const who of ALL) actual[who] = await run(client(who));
      expect(actual).toEqual(status);
    });
  }

  it('acknowledging needs a hop addressed to you; lists and inbox never leak other sites', async () => {
    const fresh = (await client('help_desk').post('/api/notices', notice())).json().id;
    expect((await client('coordinator_in').post(`/api/notices/${fresh}/acknowledge`)).statusCode).toBe(200);
    expect((await client('help_desk').post(`/api/notices/${fresh}/acknowledge`)).statusCode).toBe(409);
    expect((await client('coordinator_out').post(`/api/notices/${fresh}/acknowledge`)).statusCode).toBe(404);
    const outList = (await client('coordinator_out').get('/api/notices')).json().items;
    expect(outList).toEqual([]);
    expect((await client('coordinator_out').get('/api/notices/inbox')).json().items).toEqual([]);
    expect((await client('coordinator_in').get('/api/notices/inbox')).json().items.map((i: { id: string }) => i.id)).toContain(
      fresh,
    );
    expect((await client('reporter').get('/api/notices')).json().items).toEqual([]);
    expect((await client('help_desk').get('/api/notices')).json().items.length).toBeGreaterThanOrEqual(3);
  });

  it('cancelling is the help desk’s, once', async () => {
    expect((await client('coordinator_in').post(`/api/notices/${noticeId}/cancel`, { reason: 'no' })).statusCode).toBe(403);
    expect((await client('help_desk').post(`/api/notices/${noticeId}/cancel`, { reason: '' })).statusCode).toBe(400);
    expect((await client('help_desk').post(`/api/notices/${noticeId}/cancel`, { reason: 'Postponed' })).statusCode).toBe(200);
    expect((await client('admin').post(`/api/notices/${noticeId}/cancel`, { reason: 'Again' })).statusCode).toBe(403);
  });

  it('the public pages need no sign-in', async () => {
    expect((await client('anonymous').get('/api/public/status')).statusCode).toBe(200);
    expect((await client('anonymous').get(`/api/public/sites/${siteIn.code}/maintenance.ics`)).statusCode).toBe(200);
    expect((await client('anonymous').get('/api/public/notice-receipt?token=not-a-token')).statusCode).toBe(404);
  });
});

describe('[NOTICES]: the policy’s abilities', () => {
  const actor = (role: Role, siteIds: string[] = []): Actor => ({
    id: 'u1',
    name: 'U',
    email: 'u@x',
    role,
    siteIds,
    modules: [],
    vendorTeamId: null,
  });
  const facts = {
    siteIds: ['s1', 's2'],
    isOpen: true,
    myDeliveries: [
      { siteId: 's1', hop: 'coordinator' as const },
      { siteId: 's2', hop: 'coordinator' as const },
    ],
    relayedSites: [{ siteId: 's2', hop: 'coordinator' as const }],
  };
  it('a coordinator relays only received, unrelayed sites they hold', () => {
    expect(noticeAbilities(actor('coordinator', ['s1', 's2']), facts).relaySiteIds).toEqual(['s1']);
    expect(noticeAbilities(actor('coordinator', ['s2']), facts).relaySiteIds).toEqual([]);
    expect(noticeAbilities(actor('site_admin', ['s1']), facts).relaySiteIds).toEqual([]);
  });
  it('only issuers change, cancel and see the board, and only while the notice is open', () => {
    expect(noticeAbilities(actor('help_desk'), { ...facts, myDeliveries: [] })).toEqual({
      relaySiteIds: [],
      acknowledge: false,
      change: true,
      cancel: true,
      viewBoard: true,
    });
    expect(noticeAbilities(actor('admin'), { ...facts, isOpen: false })).toMatchObject({
      change: false,
      cancel: false,
      viewBoard: true,
    });
    expect(noticeAbilities(actor('coordinator', ['s1']), facts)).toMatchObject({
      change: false,
      cancel: false,
      viewBoard: false,
      acknowledge: true,
    });
  });
});
