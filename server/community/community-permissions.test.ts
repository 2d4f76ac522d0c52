import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/constants.ts';
import type { TSite } from '../../shared/schemas.ts';
import { escalateRequest } from '../escalation/escalate-request.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, buildVendorTeam } from '../test/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';
import { createTopic } from './create-topic.ts';
import { updateTopic } from './update-topic.ts';

/**
 * Role × community action, through the HTTP API. Expectations are written out by hand from the
 * issue (everyone reads and replies, vendors do not open topics, moderators pin and lock and may
 * still reply to a locked topic), not derived from the policy code.
 */
const ROLES: Role[] = ['reporter', 'site_admin', 'coordinator', 'help_desk', 'module_coordinator', 'vendor', 'admin'];

let t: TestApp;
let site: TSite;
let otherSite: TSite;
let creator: Actor;
let moderator: Actor;
const clients = new Map<string, TestClient>();
const users = new Map<string, Actor>();

const topicBy = async (author: Actor, isLocked = false) => {
  const topic = await createTopic({
    db: t.db,
    actor: author,
    input: { title: 'Sync stuck on tablets', body: 'Since the update, sync never finishes.', category: 'sync' },
  });
  if (isLocked) await updateTopic({ db: t.db, actor: moderator, id: topic.id, input: { isLocked: true } });
  return topic;
};

type Action = { name: string; run: (client: TestClient) => Promise<number> };

const ACTIONS: Action[] = [
  {
    name: 'read the list',
    run: async (c) => (await c.get('/api/community/topics')).statusCode,
  },
  {
    name: 'read a topic',
    run: async (c) => (await c.get(`/api/community/topics/${(await topicBy(creator)).id}`)).statusCode,
  },
  {
    name: 'create a topic',
    run: async (c) =>
      (await c.post('/api/community/topics', { title: 'How do I export?', body: 'Which role exports?', category: 'cp' }))
        .statusCode,
  },
  {
    name: 'reply',
    run: async (c) =>
      (await c.post(`/api/community/topics/${(await topicBy(creator)).id}/replies`, { body: 'Same here' })).statusCode,
  },
  {
    name: 'reply when locked',
    run: async (c) =>
      (await c.post(`/api/community/topics/${(await topicBy(creator, true)).id}/replies`, { body: 'Late' })).statusCode,
  },
  {
    name: "accept an answer in another's topic",
    run: async (c) => {
      const topic = await topicBy(creator);
      const reply = await clients.get('help_desk')!.post(`/api/community/topics/${topic.id}/replies`, { body: 'Try this' });
      return (await c.put(`/api/community/topics/${topic.id}/accepted-answer`, { replyId: reply.json().id })).statusCode;
    },
  },
  {
    name: "edit another's topic",
    run: async (c) => (await c.patch(`/api/community/topics/${(await topicBy(creator)).id}`, { title: 'Edited' })).statusCode,
  },
  {
    name: 'pin',
    run: async (c) => (await c.patch(`/api/community/topics/${(await topicBy(creator)).id}`, { isPinned: true })).statusCode,
  },
  {
    name: 'lock',
    run: async (c) => (await c.patch(`/api/community/topics/${(await topicBy(creator)).id}`, { isLocked: true })).statusCode,
  },
  {
    name: 'subscribe',
    run: async (c) =>
      (await c.put(`/api/community/topics/${(await topicBy(creator)).id}/subscription`, { isSubscribed: true })).statusCode,
  },
];

// prettier-ignore
const EXPECTED: Record<string, number[]> = {
  //                                      reporter site_admin coordinator help_desk module_coord vendor admin
  'read the list': [200, 200, 200, 200, 200, 200, 200],
  'read a topic': [200, 200, 200, 200, 200, 200, 200],
  'create a topic': [201, 201, 201, 201, 201, 403, 201],
  reply: [201, 201, 201, 201, 201, 201, 201],
  'reply when locked': [403, 403, 201, 201, 201, 403, 201],
  "accept an answer in another's topic": [403, 403, 200, 200, 200, 403, 200],
  "edit another's topic": [403, 403, 200, 200, 200, 403, 200],
  pin: [403, 403, 200, 200, 200, 403, 200],
  lock: [403, 403, 200, 200, 200, 403, 200],
  subscribe: [200, 200, 200, 200, 200, 200, 200],
};

beforeAll(async () => {
  t = await createTestApp();
  site = await buildSite(t.db);
  otherSite = await buildSite(t.db);
  const team = await buildVendorTeam(t.db, ['cp']);
  creator = await buildUser(t.db, 'reporter', { siteIds: [otherSite.id] });
  moderator = await buildUser(t.db, 'help_desk');
  for (const role of ROLES) {
    const user = await buildUser(t.db, role, {
      siteIds: ['reporter', 'site_admin', 'coordinator'].includes(role) ? [site.id] : [],
      vendorTeamId: role === 'vendor' ? team.id : null,
    });
    users.set(role, user);
    clients.set(role, await t.login(user.email, 'correct-horse-battery'));
  }
  for (const role of ['site_admin', 'coordinator', 'module_coordinator'] as const) {
    const user = await buildUser(t.db, role, { siteIds: [otherSite.id], modules: role === 'module_coordinator' ? ['mrm'] : [] });
    clients.set(`${role}:out`, await t.login(user.email, 'correct-horse-battery'));
  }
  const outReporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
  clients.set('reporter:out', await t.login(outReporter.email, 'correct-horse-battery'));
});
afterAll(() => t?.close());

describe('[COMMUNITY]: role × action', () => {
  for (const [index, role] of ROLES.entries()) {
    it(`${role}`, async () => {
      const client = clients.get(role)!;
      const outcomes: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const action of ACTIONS) {
        outcomes[action.name] = await action.run(client);
        expected[action.name] = EXPECTED[action.name][index];
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('lets the author accept an answer in their own topic and edit it, and shows them the abilities', async () => {
    const author = users.get('reporter')!;
    const client = clients.get('reporter')!;
    const topic = await topicBy(author);
    expect(topic.abilities).toEqual({ reply: true, edit: true, acceptAnswer: true, pin: false, lock: false, subscribe: true });
    const reply = await clients.get('vendor')!.post(`/api/community/topics/${topic.id}/replies`, { body: 'Fixed in v2.11.4' });
    const accepted = await client.put(`/api/community/topics/${topic.id}/accepted-answer`, { replyId: reply.json().id });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().acceptedReplyId).toBe(reply.json().id);
    expect(accepted.json().replies[0]).toMatchObject({ isAccepted: true, isFromVendor: true, author: { role: 'vendor' } });
    expect((await client.patch(`/api/community/topics/${topic.id}`, { body: 'Clearer question' })).statusCode).toBe(200);
    const asVendor = (await clients.get('vendor')!.get(`/api/community/topics/${topic.id}`)).json();
    expect(asVendor.abilities).toMatchObject({ edit: false, acceptAnswer: false, pin: false });
  });
});

describe('[COMMUNITY]: opening a topic from a request', () => {
  const open = (client: TestClient, id: string) =>
    client.post(`/api/requests/${id}/community-topic`, { body: 'The sync button spins forever.' });

  it('is for staff who see the request (a site admin while it is at level 1); others in scope get 403, out of scope 404', async () => {
    const reporter = users.get('reporter')!;
    const expectedIn: Record<string, number> = {
      reporter: 403, // reporters post topics of their own; opening the request's topic is staff work
      site_admin: 201,
      coordinator: 201,
      help_desk: 201,
      module_coordinator: 201,
      vendor: 403, // vendors never open topics
      admin: 201,
    };
    const expectedOut: Record<string, number> = {
      'reporter:out': 404,
      'site_admin:out': 404,
      'coordinator:out': 404,
      'module_coordinator:out': 404,
    };
    const outcomes: Record<string, number> = {};
    for (const key of [...Object.keys(expectedIn), ...Object.keys(expectedOut)]) {
      const request = await buildRequest(t.db, reporter, { siteId: site.id, module: 'cp', description: 'No case data here.' });
      outcomes[key] = (await open(clients.get(key)!, request.id)).statusCode;
    }
    expect(outcomes).toEqual({ ...expectedIn, ...expectedOut });
  });

  it('refuses a site admin once the request is at level 2, and a second topic for the same request', async () => {
    const request = await buildRequest(t.db, users.get('reporter')!, { siteId: site.id, description: 'No case data.' });
    await escalateRequest({ db: t.db, actor: moderator, id: request.id, input: { toLevel: 2, reason: 'r', tried: 't' } });
    expect((await open(clients.get('site_admin')!, request.id)).statusCode).toBe(403);
    const status = await clients.get('site_admin')!.get(`/api/requests/${request.id}/community-topic`);
    expect(status.json()).toEqual({ topic: null, abilities: { open: false } });
    expect((await open(clients.get('coordinator')!, request.id)).statusCode).toBe(201);
    const again = await open(clients.get('help_desk')!, request.id);
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });
});
