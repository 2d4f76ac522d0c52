import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/constants.ts';
import type { TSite } from '../../shared/schemas.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, buildVendorTeam } from '../test/factories.ts';
import { buildArticle, buildResolvedRequest } from '../test/kb-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

/**
 * Role × action (× scope for the request-bound actions), through the HTTP API. The expectations are
 * written out by hand from DESIGN.md and issue 3, not derived from kb-policy.ts.
 */
type Fixture = { client: TestClient; user: Actor };
type Action = { name: string; run: (fixture: Fixture) => Promise<number> };

const ROLES: Role[] = ['reporter', 'site_admin', 'coordinator', 'help_desk', 'module_coordinator', 'vendor', 'admin'];
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');

let t: TestApp;
let siteA: TSite;
let siteB: TSite;
let helpDesk: Actor & { password: string };
let reporter: Actor & { password: string };
const fixtures = new Map<string, Fixture>();

const publishedArticle = async () => (await buildArticle(t.db, helpDesk, { isPublished: true })).id;
const someoneElsesDraft = async () => (await buildArticle(t.db, helpDesk, { isPublished: false })).id;

const upload = (client: TestClient, articleId: string) =>
  client.request({
    method: 'POST',
    url: `/api/kb/articles/${articleId}/attachments`,
    headers: { 'content-type': 'multipart/form-data; boundary=xx' },
    payload: Buffer.concat([
      Buffer.from('--xx\r\nContent-Disposition: form-data; name="file"; filename="shot.png"\r\n\r\n'),
      png,
      Buffer.from('\r\n--xx--\r\n'),
    ]),
  });

const ACTIONS: Action[] = [
  {
    name: 'read published',
    run: async ({ client }) => (await client.get(`/api/kb/articles/${await publishedArticle()}`)).statusCode,
  },
  {
    name: 'read someone else’s draft',
    run: async ({ client }) => (await client.get(`/api/kb/articles/${await someoneElsesDraft()}`)).statusCode,
  },
  {
    name: 'list someone else’s draft',
    run: async ({ client }) => {
      const id = await someoneElsesDraft();
      const listed = (await client.get('/api/kb/articles?limit=100')).json().items.map((item: { id: string }) => item.id);
      return listed.includes(id) ? 200 : 404;
    },
  },
  {
    name: 'create draft',
    run: async ({ client }) => (await client.post('/api/kb/articles', { title: 'Draft', body: 'text' })).statusCode,
  },
  {
    name: 'create published',
    run: async ({ client }) => (await client.post('/api/kb/articles', { title: 'Live', body: 'text', publish: true })).statusCode,
  },
  {
    name: 'read and edit own draft',
    run: async ({ client }) => {
      const created = await client.post('/api/kb/articles', { title: 'Mine', body: 'v1' });
      if (created.statusCode !== 201) return created.statusCode;
      const id = created.json().id;
      const read = await client.get(`/api/kb/articles/${id}`);
      if (read.statusCode !== 200) return read.statusCode;
      return (await client.patch(`/api/kb/articles/${id}`, { body: 'v2' })).statusCode;
    },
  },
  {
    name: 'edit published',
    run: async ({ client }) =>
      (await client.patch(`/api/kb/articles/${await publishedArticle()}`, { body: 'changed' })).statusCode,
  },
  {
    name: 'edit someone else’s draft',
    run: async ({ client }) =>
      (await client.patch(`/api/kb/articles/${await someoneElsesDraft()}`, { body: 'changed' })).statusCode,
  },
  {
    name: 'publish a draft',
    run: async ({ client }) => (await client.post(`/api/kb/articles/${await someoneElsesDraft()}/publish`)).statusCode,
  },
  {
    name: 'unpublish',
    run: async ({ client }) => (await client.post(`/api/kb/articles/${await publishedArticle()}/unpublish`)).statusCode,
  },
  {
    name: 'archive (delete)',
    run: async ({ client }) =>
      (await client.request({ method: 'DELETE', url: `/api/kb/articles/${await publishedArticle()}` })).statusCode,
  },
  {
    name: 'vote',
    run: async ({ client }) =>
      (await client.post(`/api/kb/articles/${await publishedArticle()}/vote`, { helpful: true })).statusCode,
  },
  {
    name: 'read revisions',
    run: async ({ client }) => (await client.get(`/api/kb/articles/${await publishedArticle()}/revisions`)).statusCode,
  },
  { name: 'upload attachment', run: async ({ client }) => (await upload(client, await publishedArticle())).statusCode },
  { name: 'preview Markdown', run: async ({ client }) => (await client.post('/api/kb/render', { body: '**x**' })).statusCode },
];

// Columns: reporter, site_admin, coordinator, help_desk, module_coordinator, vendor, admin.
const EXPECTED: Record<string, number[]> = {
  'read published': [200, 200, 200, 200, 200, 200, 200],
  'read someone else’s draft': [404, 404, 200, 200, 200, 404, 200],
  'list someone else’s draft': [404, 404, 200, 200, 200, 404, 200],
  'create draft': [403, 201, 201, 201, 201, 403, 201],
  'create published': [403, 403, 201, 201, 201, 403, 201],
  'read and edit own draft': [403, 200, 200, 200, 200, 403, 200],
  'edit published': [403, 403, 200, 200, 200, 403, 200],
  'edit someone else’s draft': [403, 404, 200, 200, 200, 403, 200],
  'publish a draft': [403, 403, 200, 200, 200, 403, 200],
  unpublish: [403, 403, 200, 200, 200, 403, 200],
  'archive (delete)': [403, 403, 200, 200, 200, 403, 200],
  vote: [200, 200, 200, 200, 200, 200, 200],
  'read revisions': [200, 200, 200, 200, 200, 200, 200],
  'upload attachment': [403, 403, 201, 201, 201, 403, 201],
  'preview Markdown': [403, 200, 200, 200, 200, 403, 200],
};

type ScopedAction = { name: string; run: (fixture: Fixture, scope: 'in' | 'out') => Promise<number> };

/** In scope: site A, CPIMS+ (the reporter's own). Out of scope: site B, GBVIMS+, someone else's. */
async function requestFor({ user }: Fixture, scope: 'in' | 'out', isResolved: boolean) {
  const creator = user.role === 'reporter' && scope === 'in' ? user : reporter;
  const input = scope === 'in' ? { module: 'cp' as const } : { module: 'gbv' as const };
  const siteId = scope === 'in' ? siteA.id : siteB.id;
  if (isResolved) return (await buildResolvedRequest(t.db, { creator, resolver: helpDesk, siteId, input })).id;
  return (await buildRequest(t.db, creator, { siteId, ...input })).id;
}

const SCOPED_ACTIONS: ScopedAction[] = [
  {
    name: 'turn into article',
    run: async (fixture, scope) =>
      (await fixture.client.post(`/api/requests/${await requestFor(fixture, scope, true)}/kb-article`, {})).statusCode,
  },
  {
    name: 'link an article',
    run: async (fixture, scope) =>
      (
        await fixture.client.post(`/api/kb/articles/${await publishedArticle()}/requests`, {
          requestId: await requestFor(fixture, scope, false),
        })
      ).statusCode,
  },
  {
    name: 'list a request’s articles',
    run: async (fixture, scope) =>
      (await fixture.client.get(`/api/requests/${await requestFor(fixture, scope, false)}/kb-articles`)).statusCode,
  },
];

// Vendors see only their team's level-3 requests, so every level-1 request is out of their scope.
const EXPECTED_IN_SCOPE: Record<string, number[]> = {
  'turn into article': [403, 201, 201, 201, 201, 403, 201],
  'link an article': [403, 201, 201, 201, 403, 404, 201],
  'list a request’s articles': [200, 200, 200, 200, 200, 404, 200],
};
// Out of scope it is 404, never 403, except where the role may not draft articles at all.
const EXPECTED_OUT_OF_SCOPE: Record<string, number[]> = {
  'turn into article': [403, 404, 404, 201, 404, 403, 201],
  'link an article': [404, 404, 404, 201, 404, 404, 201],
  'list a request’s articles': [404, 404, 404, 200, 404, 404, 200],
};

beforeAll(async () => {
  t = await createTestApp();
  siteA = await buildSite(t.db);
  siteB = await buildSite(t.db);
  const team = await buildVendorTeam(t.db, ['cp']);
  helpDesk = await buildUser(t.db, 'help_desk');
  reporter = await buildUser(t.db, 'reporter', { siteIds: [siteA.id, siteB.id] });
  const users: Record<Role, Actor & { password: string }> = {
    reporter: await buildUser(t.db, 'reporter', { siteIds: [siteA.id, siteB.id] }),
    site_admin: await buildUser(t.db, 'site_admin', { siteIds: [siteA.id] }),
    coordinator: await buildUser(t.db, 'coordinator', { siteIds: [siteA.id] }),
    help_desk: await buildUser(t.db, 'help_desk'),
    module_coordinator: await buildUser(t.db, 'module_coordinator', { modules: ['cp'] }),
    vendor: await buildUser(t.db, 'vendor', { vendorTeamId: team.id }),
    admin: await buildUser(t.db, 'admin'),
  };
  for (const [role, user] of Object.entries(users))
    fixtures.set(role, { client: await t.login(user.email, user.password), user });
});
afterAll(() => t?.close());

const fixtureFor = (role: Role) => {
  const fixture = fixtures.get(role);
  if (!fixture) throw new Error(`no ${role}`);
  return fixture;
};

describe('[KB]: role × action', () => {
  for (const [roleIndex, role] of ROLES.entries()) {
    it(role, async () => {
      const outcomes: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const action of ACTIONS) {
        outcomes[action.name] = await action.run(fixtureFor(role));
        expected[action.name] = EXPECTED[action.name][roleIndex];
      }
      expect(outcomes).toEqual(expected);
    });
  }
});

describe('[KB]: role × request-bound action × scope', () => {
  for (const [roleIndex, role] of ROLES.entries()) {
    for (const scope of ['in', 'out'] as const) {
      it(`${role}, request ${scope} of scope`, async () => {
        const outcomes: Record<string, number> = {};
        const expected: Record<string, number> = {};
        for (const action of SCOPED_ACTIONS) {
          outcomes[action.name] = await action.run(fixtureFor(role), scope);
          expected[action.name] = (scope === 'in' ? EXPECTED_IN_SCOPE : EXPECTED_OUT_OF_SCOPE)[action.name][roleIndex];
        }
        expect(outcomes).toEqual(expected);
      });
    }
  }
});
