import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import type { TSyncResult } from '../../shared/sync-schemas.ts';
import { helpRequests, timelineEvents } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser } from '../test/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

let t: TestApp;
let site: TSite;
let otherSite: TSite;
let siteAdmin: Actor & { password: string };
let otherAdmin: Actor & { password: string };
let client: TestClient;
let otherClient: TestClient;
let coordinator: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  site = await buildSite(t.db, { code: 'SLE', name: 'Sierra Leone' });
  otherSite = await buildSite(t.db, { code: 'JOR', name: 'Jordan' });
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  otherAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  const coordinatorUser = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
  client = await t.login(siteAdmin.email, siteAdmin.password);
  otherClient = await t.login(otherAdmin.email, otherAdmin.password);
  coordinator = await t.login(coordinatorUser.email, coordinatorUser.password);
});
afterAll(() => t?.close());

const offlineRequest = (clientId: string, summary = 'Tablet will not sync after update') => ({
  kind: 'create_request',
  clientId,
  input: { siteId: site.id, module: 'cp', channel: 'phone', summary, category: 'sync', reporterName: 'Fatmata S.' },
});

async function sync(as: TestClient, changes: unknown[], device = 'Tablet 3') {
  const response = await as.post('/api/sync', { device, changes });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().results as TSyncResult[];
}

const eventsOf = async (requestId: string) =>
  t.db.select().from(timelineEvents).where(eq(timelineEvents.requestId, requestId)).orderBy(timelineEvents.id);

describe('[SYNC]: requests logged offline', () => {
  it('creates the request once, keeping its offline source; a retry answers the same request', async () => {
    const clientId = randomUUID();
    const [first] = await sync(client, [offlineRequest(clientId)]);
    expect(first).toMatchObject({ clientId, outcome: 'applied', conflicts: [], problem: null });
    expect(first.reference).toMatch(/^SLE-\d{4}$/);
    const [again] = await sync(client, [offlineRequest(clientId)]);
    expect(again).toMatchObject({ outcome: 'already_applied', requestId: first.requestId, reference: first.reference });
    const rows = await t.db.select().from(helpRequests).where(eq(helpRequests.clientId, clientId));
    expect(rows).toHaveLength(1);
    expect(rows[0].source).toEqual({ via: 'offline', device: 'Tablet 3' });
    expect(rows[0].reporterName).toBe('Fatmata S.');
  });

  it('applies concurrent sends of one request exactly once', async () => {
    const clientId = randomUUID();
    const results = await Promise.all(Array.from({ length: 4 }, () => sync(client, [offlineRequest(clientId)])));
    const outcomes = results.map(([result]) => result.outcome).sort();
    expect(outcomes).toEqual(['already_applied', 'already_applied', 'already_applied', 'applied']);
    expect(new Set(results.map(([result]) => result.requestId)).size).toBe(1);
    expect(await t.db.select().from(helpRequests).where(eq(helpRequests.clientId, clientId))).toHaveLength(1);
  });

  it('comments on a request logged offline in the same send, by its clientId, once', async () => {
    const requestClientId = randomUUID();
    const commentClientId = randomUUID();
    const batch = [
      offlineRequest(requestClientId),
      { kind: 'comment', clientId: commentClientId, requestId: requestClientId, body: 'Called back: still failing.' },
    ];
    const [created, commented] = await sync(client, batch);
    expect(commented).toMatchObject({ outcome: 'applied', requestId: created.requestId });
    const [, commentedAgain] = await sync(client, batch);
    expect(commentedAgain.outcome).toBe('already_applied');
    const comments = (await eventsOf(created.requestId!)).filter((event) => event.type === 'comment');
    expect(comments.map((event) => [event.body, event.clientId])).toEqual([['Called back: still failing.', commentClientId]]);
  });

  it('comments on a request logged offline and sent in an earlier send, by its clientId', async () => {
    const requestClientId = randomUUID();
    const [created] = await sync(client, [offlineRequest(requestClientId)]);
    const comment = { kind: 'comment', clientId: randomUUID(), requestId: requestClientId, body: 'Still failing today.' };
    const [commented] = await sync(client, [comment], 'Tablet 4');
    expect(commented).toMatchObject({ outcome: 'applied', requestId: created.requestId });
    expect((await sync(client, [comment]))[0].outcome).toBe('already_applied');
    const comments = (await eventsOf(created.requestId!)).filter((event) => event.type === 'comment');
    expect(comments.map((event) => event.body)).toEqual(['Still failing today.']);
  });

  it('refuses a comment sent before its offline request, naming requestId, and applies it once the request has arrived', async () => {
    const requestClientId = randomUUID();
    const comment = { kind: 'comment', clientId: randomUUID(), requestId: requestClientId, body: 'Reporter called back.' };
    const [early] = await sync(client, [comment]);
    expect(early).toMatchObject({ outcome: 'rejected', problem: { status: 404, errors: [{ field: 'requestId' }] } });
    const [created, commented] = await sync(client, [offlineRequest(requestClientId), comment]);
    expect(commented).toMatchObject({ outcome: 'applied', requestId: created.requestId });
    expect((await eventsOf(created.requestId!)).filter((event) => event.type === 'comment')).toHaveLength(1);
  });

  it('refuses a change in the send without holding back the others, naming the field', async () => {
    const elsewhere = offlineRequest(randomUUID(), 'Logged for a site I do not cover');
    const results = await sync(client, [
      { ...elsewhere, input: { ...elsewhere.input, siteId: otherSite.id } },
      offlineRequest(randomUUID(), 'Second one is fine'),
    ]);
    expect(results[0]).toMatchObject({ outcome: 'rejected', requestId: null });
    expect(results[0].problem).toMatchObject({ status: 422, errors: [{ field: 'siteId' }] });
    expect(results[1].outcome).toBe('applied');
  });

  it('never lets another person reuse a clientId, nor tells them about the request', async () => {
    const clientId = randomUUID();
    const [mine] = await sync(client, [offlineRequest(clientId)]);
    const [theirs] = await sync(otherClient, [offlineRequest(clientId)]);
    expect(theirs).toMatchObject({ outcome: 'rejected', requestId: null, reference: null });
    expect(theirs.problem).toMatchObject({ status: 409, errors: [{ field: 'clientId' }] });
    expect(JSON.stringify(theirs)).not.toContain(mine.requestId);
  });

  it('answers 404 for a comment on a request outside the caller’s scope', async () => {
    const jordan = await buildRequest(t.db, await buildUser(t.db, 'site_admin', { siteIds: [otherSite.id] }), {
      siteId: otherSite.id,
    });
    const [result] = await sync(client, [{ kind: 'comment', clientId: randomUUID(), requestId: jordan.id, body: 'Hello' }]);
    expect(result).toMatchObject({ outcome: 'rejected', problem: { status: 404 } });
  });

  it('rejects a malformed send with problem+json naming the field, and anonymous callers with 401', async () => {
    const bad = await client.post('/api/sync', { changes: [{ kind: 'comment', clientId: 'not-a-uuid', requestId: site.id }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const fields = bad.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['changes.0.clientId', 'changes.0.body']));
    expect((await t.anonymous().post('/api/sync', { changes: [offlineRequest(randomUUID())] })).statusCode).toBe(401);
  });
});

describe('[SYNC]: the create and comment routes take a clientId', () => {
  it('POST /api/requests with a clientId creates once: 201, then 200 with the same request', async () => {
    const clientId = randomUUID();
    const body = { ...offlineRequest(clientId).input, clientId };
    const first = await client.post('/api/requests', body);
    const second = await client.post('/api/requests', body);
    expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
    expect(second.json().reference).toBe(first.json().reference);
    const [row] = await t.db.select().from(helpRequests).where(eq(helpRequests.clientId, clientId));
    expect(row.source).toEqual({ via: 'web' });
  });

  it('POST /api/requests/:ref/comments with a clientId appends once, by reference too', async () => {
    const request = await buildRequest(t.db, siteAdmin, { siteId: site.id });
    const clientId = randomUUID();
    const first = await client.post(`/api/requests/${request.reference}/comments`, {
      body: 'Sent twice on a bad line',
      clientId,
    });
    const second = await client.post(`/api/requests/${request.reference}/comments`, {
      body: 'Sent twice on a bad line',
      clientId,
    });
    expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
    expect(second.json().id).toBe(first.json().id);
    expect((await eventsOf(request.id)).filter((event) => event.type === 'comment')).toHaveLength(1);
  });
});

describe('[SYNC]: changes made offline and conflicts', () => {
  it('applies a status change the server did not touch, once', async () => {
    const request = await buildRequest(t.db, siteAdmin, { siteId: site.id });
    const change = {
      kind: 'update_request',
      clientId: randomUUID(),
      requestId: request.id,
      baseUpdatedAt: request.updatedAt,
      base: { status: 'new' },
      changes: { status: 'in_progress' },
    };
    const [applied] = await sync(client, [change]);
    expect(applied).toMatchObject({ outcome: 'applied', conflicts: [], reference: request.reference });
    const [again] = await sync(client, [change]);
    expect(again.outcome).toBe('already_applied');
    const events = await eventsOf(request.id);
    expect(events.map((event) => event.type)).toEqual(['created', 'status_changed']);
    expect(events[1].clientId).toBe(change.clientId);
    expect((await client.get(`/api/requests/${request.id}`)).json().status).toBe('in_progress');
  });

  it('keeps the server value of a field both sides changed, records the offline value, and still appends the comment', async () => {
    const request = await buildRequest(t.db, siteAdmin, { siteId: site.id, urgency: 'normal' });
    // Meanwhile, online, the coordinator resolves it and raises the urgency.
    const resolved = await coordinator.patch(`/api/requests/${request.id}`, {
      status: 'resolved',
      resolutionSummary: 'Reset the password from the Users page.',
      urgency: 'high',
    });
    expect(resolved.statusCode).toBe(200);
    const [comment, update] = await sync(client, [
      { kind: 'comment', clientId: randomUUID(), requestId: request.id, body: 'The caseworker called again.' },
      {
        kind: 'update_request',
        clientId: randomUUID(),
        requestId: request.id,
        baseUpdatedAt: request.updatedAt,
        base: { status: 'new', urgency: 'normal', category: 'access' },
        changes: { status: 'waiting_on_reporter', urgency: 'low', category: 'data' },
      },
    ]);
    expect(comment.outcome).toBe('applied');
    expect(update.outcome).toBe('conflict');
    expect(update.conflicts).toEqual([
      { field: 'status', serverValue: 'resolved', offlineValue: 'waiting_on_reporter' },
      { field: 'urgency', serverValue: 'high', offlineValue: 'low' },
    ]);
    const now = (await client.get(`/api/requests/${request.id}`)).json();
    expect(now).toMatchObject({ status: 'resolved', urgency: 'high', category: 'data' });
    const timeline = (await client.get(`/api/requests/${request.id}/timeline`)).json().events as {
      type: string;
      data: Record<string, unknown>;
      actorName: string;
      isInternal: boolean;
    }[];
    const conflicts = timeline.filter((event) => event.type === 'offline_conflict');
    expect(conflicts.map((event) => event.data)).toEqual([
      expect.objectContaining({
        field: 'status',
        serverValue: 'resolved',
        offlineValue: 'waiting_on_reporter',
        device: 'Tablet 3',
      }),
      expect.objectContaining({ field: 'urgency', serverValue: 'high', offlineValue: 'low' }),
    ]);
    expect(conflicts.every((event) => event.actorName === siteAdmin.name && !event.isInternal)).toBe(true);
    expect(timeline.filter((event) => event.type === 'comment')).toHaveLength(1);
  });

  it('records a conflict once when the conflicting change is sent again', async () => {
    const request = await buildRequest(t.db, siteAdmin, { siteId: site.id });
    await coordinator.patch(`/api/requests/${request.id}`, { status: 'in_progress' });
    const change = {
      kind: 'update_request',
      clientId: randomUUID(),
      requestId: request.id,
      baseUpdatedAt: request.updatedAt,
      base: { status: 'new' },
      changes: { status: 'waiting_on_reporter' },
    };
    expect((await sync(client, [change]))[0].outcome).toBe('conflict');
    expect((await sync(client, [change]))[0].outcome).toBe('already_applied');
    const conflicts = (await eventsOf(request.id)).filter((event) => event.type === 'offline_conflict');
    expect(conflicts).toHaveLength(1);
  });

  it('without a base value, a change made after the server’s last update applies, an older one conflicts', async () => {
    const request = await buildRequest(t.db, siteAdmin, { siteId: site.id, category: 'access' });
    const edit = (baseUpdatedAt: string, category: string) => ({
      kind: 'update_request',
      clientId: randomUUID(),
      requestId: request.id,
      baseUpdatedAt,
      base: {},
      changes: { category },
    });
    expect((await sync(client, [edit(request.updatedAt, 'data')]))[0].outcome).toBe('applied');
    const [stale] = await sync(client, [edit(request.updatedAt, 'training')]);
    expect(stale).toMatchObject({
      outcome: 'conflict',
      conflicts: [{ field: 'category', serverValue: 'data', offlineValue: 'training' }],
    });
  });

  it('refuses a status change the state machine forbids, keeping nothing half-done', async () => {
    const request = await buildRequest(t.db, siteAdmin, { siteId: site.id });
    const [result] = await sync(client, [
      {
        kind: 'update_request',
        clientId: randomUUID(),
        requestId: request.id,
        baseUpdatedAt: request.updatedAt,
        base: { status: 'new' },
        changes: { status: 'resolved' },
      },
    ]);
    expect(result.outcome).toBe('rejected');
    expect(result.problem?.errors).toEqual([{ field: 'resolutionSummary', message: expect.any(String) }]);
    expect((await eventsOf(request.id)).map((event) => event.type)).toEqual(['created']);
  });
});
