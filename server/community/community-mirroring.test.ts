import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite, TTimelineEvent } from '../../shared/schemas.ts';
import { communityReplies, timelineEvents } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { addComment } from '../requests/add-comment.ts';
import { buildRequest, buildSite, buildUser, buildVendorTeam } from '../test/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

let t: TestApp;
let site: TSite;
let reporter: Actor;
let siteAdmin: TestClient;
let coordinator: TestClient;
let coordinatorUser: Actor;
let stranger: TestClient;
let strangerUser: Actor;
let vendor: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  site = await buildSite(t.db, { code: 'SLE' });
  const otherSite = await buildSite(t.db, { code: 'JOR' });
  reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
  const siteAdminUser = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  siteAdmin = await t.login(siteAdminUser.email, siteAdminUser.password);
  coordinatorUser = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
  coordinator = await t.login(coordinatorUser.email, 'correct-horse-battery');
  strangerUser = await buildUser(t.db, 'reporter', { siteIds: [otherSite.id] });
  stranger = await t.login(strangerUser.email, 'correct-horse-battery');
  const team = await buildVendorTeam(t.db, ['cp']);
  const vendorUser = await buildUser(t.db, 'vendor', { vendorTeamId: team.id });
  vendor = await t.login(vendorUser.email, 'correct-horse-battery');
});
afterAll(() => t?.close());

async function linkedTopic() {
  const request = await buildRequest(t.db, reporter, { siteId: site.id, description: 'Sync never finishes on two tablets.' });
  const opened = await siteAdmin.post(`/api/requests/${request.id}/community-topic`, {});
  expect(opened.statusCode).toBe(201);
  return { request, topic: opened.json() };
}

const timeline = async (client: TestClient, id: string): Promise<TTimelineEvent[]> =>
  (await client.get(`/api/requests/${id}/timeline`)).json().events;

describe('[COMMUNITY]: a topic opened from a request mirrors both ways, once', () => {
  it('links both ways and records the opening on the timeline', async () => {
    const { request, topic } = await linkedTopic();
    expect(topic).toMatchObject({
      title: request.summary,
      body: request.description,
      category: 'cp',
      isLinkedToRequest: true,
      isSubscribed: true,
      request: { id: request.id, reference: request.reference },
    });
    const linked = (await siteAdmin.get(`/api/requests/${request.reference}/community-topic`)).json();
    expect(linked.topic.id).toBe(topic.id);
    expect(linked.abilities.open).toBe(false);
    const events = await timeline(siteAdmin, request.id);
    expect(events.at(-1)).toMatchObject({ type: 'community_topic_opened', data: { topicId: topic.id } });
    // Someone who may not see the request reads the topic, but not the link to the request.
    const seenByStranger = (await stranger.get(`/api/community/topics/${topic.id}`)).json();
    expect(seenByStranger.request).toBeNull();
    expect(seenByStranger.isLinkedToRequest).toBe(true);
  });

  it('puts a community reply on the request as a public comment, shown as its author, even from outside the scope', async () => {
    const { request, topic } = await linkedTopic();
    const reply = await stranger.post(`/api/community/topics/${topic.id}/replies`, { body: 'We had this: update the app.' });
    expect(reply.statusCode).toBe(201);
    const comments = (await timeline(coordinator, request.id)).filter((event) => event.type === 'comment');
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({
      body: 'We had this: update the app.',
      isInternal: false,
      actorId: strangerUser.id,
      actorName: strangerUser.name,
      actorRole: 'reporter',
      data: { origin: 'community', topicId: topic.id, replyId: reply.json().id },
    });
    // The stranger still may not see the request itself.
    expect((await stranger.get(`/api/requests/${request.id}`)).statusCode).toBe(404);
    const [row] = await t.db.select().from(communityReplies).where(eq(communityReplies.id, reply.json().id));
    expect(row.timelineEventId).toBe(Number(comments[0].id));
    const topicNow = (await coordinator.get(`/api/community/topics/${topic.id}`)).json();
    expect(topicNow.replies).toHaveLength(1);
    expect(topicNow.replyCount).toBe(1);
  });

  it('puts a public comment on the request into the topic as a reply from the request, and never an internal note', async () => {
    const { request, topic } = await linkedTopic();
    const comment = await coordinator.post(`/api/requests/${request.id}/comments`, { body: 'Clear the app cache first.' });
    expect(comment.statusCode).toBe(201);
    const note = await coordinator.post(`/api/requests/${request.id}/comments`, {
      body: 'Internal: the reporter is on an old build',
      internal: true,
    });
    expect(note.statusCode).toBe(201);
    const replies = (await vendor.get(`/api/community/topics/${topic.id}`)).json().replies;
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({
      body: 'Clear the app cache first.',
      origin: 'request',
      author: { id: coordinatorUser.id, name: coordinatorUser.name, role: 'coordinator' },
    });
    const [row] = await t.db.select().from(communityReplies).where(eq(communityReplies.id, replies[0].id));
    expect(row.timelineEventId).toBe(Number(comment.json().id));
    expect(JSON.stringify(replies)).not.toContain('Internal:');
  });

  it('removes likely case data from the community copy of a comment and records the removal by kind only', async () => {
    const { request, topic } = await linkedTopic();
    const comment = await coordinator.post(`/api/requests/${request.id}/comments`, {
      body: 'Call the caregiver on +232 76 123 456 today.',
    });
    expect(comment.statusCode).toBe(201);
    const replies = (await vendor.get(`/api/community/topics/${topic.id}`)).json().replies;
    expect(replies.at(-1).body).toBe('Call the caregiver on [phone removed] today.');
    const events = await timeline(coordinator, request.id);
    expect(events.find((event) => event.type === 'comment')?.body).toContain('+232 76 123 456');
    const redaction = events.filter((event) => event.type === 'redacted').at(-1);
    expect(redaction?.data).toMatchObject({ target: 'community_reply', kinds: ['phone'] });
    expect(JSON.stringify(redaction)).not.toContain('123 456');
  });

  it('never mirrors anything twice, whichever side a message starts on', async () => {
    const { request, topic } = await linkedTopic();
    await coordinator.post(`/api/community/topics/${topic.id}/replies`, { body: 'From the topic' });
    await coordinator.post(`/api/requests/${request.id}/comments`, { body: 'From the request' });
    await vendor.post(`/api/community/topics/${topic.id}/replies`, { body: 'Vendor in the topic' });
    await addComment({ db: t.db, actor: reporter, id: request.id, body: 'Reporter on the request', isInternal: false });

    const replies = (await coordinator.get(`/api/community/topics/${topic.id}`)).json().replies;
    expect(replies.map((reply: { body: string; origin: string }) => [reply.body, reply.origin])).toEqual([
      ['From the topic', 'community'],
      ['From the request', 'request'],
      ['Vendor in the topic', 'community'],
      ['Reporter on the request', 'request'],
    ]);
    expect(replies[2].isFromVendor).toBe(true);
    const comments = await t.db
      .select()
      .from(timelineEvents)
      .where(eq(timelineEvents.requestId, request.id))
      .orderBy(asc(timelineEvents.id));
    expect(comments.filter((event) => event.type === 'comment').map((event) => event.body)).toEqual([
      'From the topic',
      'From the request',
      'Vendor in the topic',
      'Reporter on the request',
    ]);
    const eventIds = (await t.db.select().from(communityReplies).where(eq(communityReplies.topicId, topic.id))).map(
      (reply) => reply.timelineEventId,
    );
    expect(new Set(eventIds).size).toBe(4);
  });

  it('does not touch topics of other requests, nor requests without a topic', async () => {
    const { topic } = await linkedTopic();
    const lonely = await buildRequest(t.db, reporter, { siteId: site.id });
    await coordinator.post(`/api/requests/${lonely.id}/comments`, { body: 'Nothing to mirror' });
    expect((await coordinator.get(`/api/community/topics/${topic.id}`)).json().replies).toHaveLength(0);
    const plain = await coordinator.post('/api/community/topics', { title: 'General question', body: 'Hi', category: 'general' });
    const reply = await coordinator.post(`/api/community/topics/${plain.json().id}/replies`, { body: 'Only here' });
    const [row] = await t.db.select().from(communityReplies).where(eq(communityReplies.id, reply.json().id));
    expect(row.timelineEventId).toBeNull();
  });
});
