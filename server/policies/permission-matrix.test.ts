import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/constants.ts';
import type { TSite } from '../../shared/schemas.ts';
import { escalateRequest } from '../escalation/escalate-request.ts';
import { buildRequest, buildSite, buildUser, buildVendorTeam, completeDossier } from '../test/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';
import type { Actor } from './actor.ts';

/**
 * Role × action × scope, through the HTTP API. The expectations are written out by hand from
 * DESIGN.md, not derived from the policy code, so a policy change that breaks a rule fails here.
 */
type Scope = 'in' | 'out';
type Level = 1 | 2 | 3;
type Action = { name: string; level: Level; run: (client: TestClient, id: string) => Promise<number> };

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');

let t: TestApp;
let siteA: TSite;
let siteB: TSite;
let helpDeskUser: Actor;
let creator: Actor; // the reporter every request belongs to
const clients = new Map<string, TestClient>();

const ACTIONS: Action[] = [
  { name: 'view level 3', level: 3, run: async (c, id) => (await c.get(`/api/requests/${id}`)).statusCode },
  { name: 'view level 1', level: 1, run: async (c, id) => (await c.get(`/api/requests/${id}`)).statusCode },
  { name: 'read timeline', level: 1, run: async (c, id) => (await c.get(`/api/requests/${id}/timeline`)).statusCode },
  {
    name: 'comment',
    level: 1,
    run: async (c, id) => (await c.post(`/api/requests/${id}/comments`, { body: 'hello' })).statusCode,
  },
  {
    name: 'internal note',
    level: 1,
    run: async (c, id) => (await c.post(`/api/requests/${id}/comments`, { body: 'note', internal: true })).statusCode,
  },
  {
    name: 'edit urgency',
    level: 1,
    run: async (c, id) => (await c.patch(`/api/requests/${id}`, { urgency: 'high' })).statusCode,
  },
  {
    name: 'assign',
    level: 1,
    run: async (c, id) => (await c.patch(`/api/requests/${id}`, { assigneeId: helpDeskUser.id })).statusCode,
  },
  {
    name: 'status at level 1',
    level: 1,
    run: async (c, id) => (await c.patch(`/api/requests/${id}`, { status: 'in_progress' })).statusCode,
  },
  {
    name: 'status at level 2',
    level: 2,
    run: async (c, id) => (await c.patch(`/api/requests/${id}`, { status: 'in_progress' })).statusCode,
  },
  {
    name: 'escalate 1→2',
    level: 1,
    run: async (c, id) => (await c.post(`/api/requests/${id}/escalations`, { toLevel: 2, reason: 'r', tried: 't' })).statusCode,
  },
  {
    name: 'escalate 2→3',
    level: 2,
    run: async (c, id) =>
      (await c.post(`/api/requests/${id}/escalations`, { toLevel: 3, reason: 'r', dossier: completeDossier(siteA.id) }))
        .statusCode,
  },
  {
    name: 'de-escalate 2→1',
    level: 2,
    run: async (c, id) => (await c.post(`/api/requests/${id}/escalations`, { toLevel: 1, reason: 'r' })).statusCode,
  },
  {
    name: 'set level-3 state',
    level: 3,
    run: async (c, id) => (await c.patch(`/api/requests/${id}`, { l3State: 'triaged' })).statusCode,
  },
  {
    name: 'upload attachment',
    level: 1,
    run: async (c, id) =>
      (
        await c.request({
          method: 'POST',
          url: `/api/requests/${id}/attachments`,
          headers: { 'content-type': 'multipart/form-data; boundary=xx' },
          payload: Buffer.concat([
            Buffer.from('--xx\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n'),
            png,
            Buffer.from('\r\n--xx--\r\n'),
          ]),
        })
      ).statusCode,
  },
];

const ROLES: Role[] = ['reporter', 'site_admin', 'coordinator', 'help_desk', 'module_coordinator', 'vendor', 'admin'];

// prettier-ignore
const IN_SCOPE: Record<string, number[]> = {
  //                     reporter site_admin coordinator help_desk module_coord vendor admin
  'view level 3': [200, 200, 200, 200, 200, 200, 200],
  'view level 1': [200, 200, 200, 200, 200, 404, 200],
  'read timeline': [200, 200, 200, 200, 200, 404, 200],
  comment: [201, 201, 201, 201, 201, 404, 201],
  'internal note': [403, 201, 201, 201, 201, 404, 201],
  'edit urgency': [403, 200, 200, 200, 403, 404, 200],
  assign: [403, 200, 200, 200, 403, 404, 200],
  'status at level 1': [403, 200, 200, 200, 403, 404, 200],
  'status at level 2': [403, 403, 200, 200, 403, 404, 200],
  'escalate 1→2': [403, 201, 201, 201, 403, 404, 201],
  'escalate 2→3': [403, 403, 201, 201, 403, 404, 403],
  'de-escalate 2→1': [403, 403, 201, 201, 403, 404, 201],
  'set level-3 state': [403, 403, 200, 200, 403, 200, 200],
  'upload attachment': [201, 201, 201, 201, 201, 404, 201],
};

async function requestAt(level: Level) {
  const request = await buildRequest(t.db, creator, { siteId: siteA.id, module: 'cp' });
  if (level >= 2)
    await escalateRequest({ db: t.db, actor: helpDeskUser, id: request.id, input: { toLevel: 2, reason: 'r', tried: 't' } });
  if (level >= 3) {
    await escalateRequest({
      db: t.db,
      actor: helpDeskUser,
      id: request.id,
      input: { toLevel: 3, reason: 'r', tried: '', dossier: completeDossier(siteA.id) },
    });
  }
  return request.id;
}

beforeAll(async () => {
  t = await createTestApp();
  siteA = await buildSite(t.db);
  siteB = await buildSite(t.db);
  const cpTeam = await buildVendorTeam(t.db, ['cp']);
  const mrmTeam = await buildVendorTeam(t.db, ['mrm']);
  creator = await buildUser(t.db, 'reporter', { siteIds: [siteA.id] });
  helpDeskUser = await buildUser(t.db, 'help_desk');
  const users: Record<string, Actor & { password: string }> = {
    'reporter:in': creator as Actor & { password: string },
    'reporter:out': await buildUser(t.db, 'reporter', { siteIds: [siteA.id] }),
    'site_admin:in': await buildUser(t.db, 'site_admin', { siteIds: [siteA.id] }),
    'site_admin:out': await buildUser(t.db, 'site_admin', { siteIds: [siteB.id] }),
    'coordinator:in': await buildUser(t.db, 'coordinator', { siteIds: [siteA.id] }),
    'coordinator:out': await buildUser(t.db, 'coordinator', { siteIds: [siteB.id] }),
    'help_desk:in': await buildUser(t.db, 'help_desk'),
    'module_coordinator:in': await buildUser(t.db, 'module_coordinator', { modules: ['cp'] }),
    'module_coordinator:out': await buildUser(t.db, 'module_coordinator', { modules: ['mrm'] }),
    'vendor:in': await buildUser(t.db, 'vendor', { vendorTeamId: cpTeam.id }),
    'vendor:out': await buildUser(t.db, 'vendor', { vendorTeamId: mrmTeam.id }),
    'admin:in': await buildUser(t.db, 'admin'),
  };
  for (const [key, user] of Object.entries(users)) clients.set(key, await t.login(user.email, 'correct-horse-battery'));
});
afterAll(() => t?.close());

describe('[POLICY]: role × action × scope', () => {
  for (const [roleIndex, role] of ROLES.entries()) {
    for (const scope of ['in', 'out'] as Scope[]) {
      it(`${role}, ${scope} of scope`, async () => {
        const client = clients.get(`${role}:${scope}`);
        if (!client) return expect(['help_desk', 'admin']).toContain(role); // these two have no "out of scope"
        const outcomes: Record<string, number> = {};
        const expected: Record<string, number> = {};
        for (const action of ACTIONS) {
          outcomes[action.name] = await action.run(client, await requestAt(action.level));
          expected[action.name] = scope === 'in' ? IN_SCOPE[action.name][roleIndex] : 404;
        }
        expect(outcomes).toEqual(expected);
      });
    }
  }

  it('lists only in-scope requests and hides internal notes from reporters and vendors', async () => {
    const id = await requestAt(3);
    await clients.get('help_desk:in')!.post(`/api/requests/${id}/comments`, { body: 'secret', internal: true });
    for (const [key, client] of clients) {
      const [role, scope] = key.split(':');
      const listed =
        role === 'vendor' ? await client.get('/api/vendor-queue?limit=200') : await client.get('/api/requests?limit=200');
      const ids = listed.json().items.map((item: { id: string }) => item.id);
      expect(ids.includes(id), key).toBe(scope === 'in');
      if (scope === 'in') {
        const events = (await client.get(`/api/requests/${id}/timeline`)).json().events;
        const seesNote = events.some((event: { type: string }) => event.type === 'internal_note');
        expect(seesNote, key).toBe(!['reporter', 'vendor'].includes(role));
      }
    }
  });

  it('creates requests only where the role and site allow', async () => {
    const body = (siteId: string) => ({ siteId, module: 'cp', summary: 'New request', category: 'access' });
    const expected: Record<string, number> = {
      'reporter:in': 201,
      'reporter:out': 201,
      'site_admin:in': 201,
      'site_admin:out': 422,
      'coordinator:in': 201,
      'coordinator:out': 422,
      'help_desk:in': 201,
      'module_coordinator:in': 403,
      'module_coordinator:out': 403,
      'vendor:in': 403,
      'vendor:out': 403,
      'admin:in': 201,
    };
    const outcomes: Record<string, number> = {};
    for (const [key, client] of clients) outcomes[key] = (await client.post('/api/requests', body(siteA.id))).statusCode;
    expect(outcomes).toEqual(expected);
  });

  it('keeps admin pages to admins', async () => {
    for (const [key, client] of clients) {
      const isAdmin = key.startsWith('admin');
      expect((await client.get('/api/users')).statusCode, key).toBe(isAdmin ? 200 : 403);
      expect((await client.post('/api/sites', { code: 'ZZZ', name: 'Z', country: 'Z', modules: ['cp'] })).statusCode, key).toBe(
        isAdmin ? 201 : 403,
      );
      expect((await client.put('/api/vendor-routes', { routes: [] })).statusCode, key).toBe(isAdmin ? 200 : 403);
      const queue = (await client.get('/api/vendor-queue')).statusCode;
      expect(queue, key).toBe(['vendor', 'help_desk', 'admin'].includes(key.split(':')[0]) ? 200 : 403);
    }
  });
});
