import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTopic } from '../community/create-topic.ts';
import { jobs, notifications } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser } from '../test/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

let t: TestApp;
let creator: Actor & { password: string };
let follower: Actor & { password: string };
let replier: Actor & { password: string };
let bystander: Actor & { password: string };
const clients: Record<string, TestClient> = {};

beforeAll(async () => {
  t = await createTestApp();
  creator = await buildUser(t.db, 'site_admin');
  follower = await buildUser(t.db, 'coordinator');
  replier = await buildUser(t.db, 'help_desk');
  bystander = await buildUser(t.db, 'reporter');
  for (const [key, user] of Object.entries({ creator, follower, replier, bystander })) {
    clients[key] = await t.login(user.email, user.password);
  }
});
afterAll(() => t?.close());

const topicWithFollower = async () => {
  const topic = await createTopic({
    db: t.db,
    actor: creator,
    input: { title: 'Offline sync stops at 95 %', body: 'On Android 10 tablets.', category: 'sync' },
  });
  await clients.follower.put(`/api/community/topics/${topic.id}/subscription`, { isSubscribed: true });
  return topic;
};

const unread = async (key: string) => (await clients[key].get('/api/notifications/unread-count')).json().unreadCount as number;
const jobsFor = async (notificationIds: string[]) => {
  const rows = await t.db.select().from(jobs).where(eq(jobs.name, 'notification.email'));
  return rows.filter((row) => notificationIds.includes(String(row.payload.notificationId)));
};

describe('[NOTIFICATIONS]: every new reply tells the topic creator and subscribers', () => {
  it('notifies the creator and each subscriber, never the replier, with one e-mail job per recipient', async () => {
    const topic = await topicWithFollower();
    // The replier follows the topic too: they still get nothing for their own reply.
    await clients.replier.put(`/api/community/topics/${topic.id}/subscription`, { isSubscribed: true });
    const before = { creator: await unread('creator'), follower: await unread('follower'), replier: await unread('replier') };
    const reply = await clients.replier.post(`/api/community/topics/${topic.id}/replies`, { body: 'Update to 2.11.4' });
    expect(reply.statusCode).toBe(201);

    expect(await unread('creator')).toBe(before.creator + 1);
    expect(await unread('follower')).toBe(before.follower + 1);
    expect(await unread('replier')).toBe(before.replier);
    expect(await unread('bystander')).toBe(0);

    const rows = await t.db.select().from(notifications).where(eq(notifications.type, 'topic_reply'));
    const forReply = rows.filter((row) => row.data.replyId === reply.json().id);
    expect(forReply.map((row) => row.userId).sort()).toEqual([creator.id, follower.id].sort());
    for (const row of forReply) {
      expect(row).toMatchObject({ link: `/community/${topic.id}#reply-${reply.json().id}`, readAt: null });
      expect(row.title).toContain(replier.name);
    }
    const queued = await jobsFor(forReply.map((row) => row.id));
    expect(queued).toHaveLength(2);
    expect(queued.every((job) => job.status === 'queued')).toBe(true);
  });

  it('notifies for replies that come from the linked request too, but not for internal notes', async () => {
    const site = await buildSite(t.db);
    const coordinator = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
    const coordinatorClient = await t.login(coordinator.email, coordinator.password);
    const request = await buildRequest(t.db, coordinator, { siteId: site.id, description: 'Nothing sensitive.' });
    const topic = (await coordinatorClient.post(`/api/requests/${request.id}/community-topic`, {})).json();
    await clients.follower.put(`/api/community/topics/${topic.id}/subscription`, { isSubscribed: true });
    const before = await unread('follower');
    await clients.replier.post(`/api/requests/${request.id}/comments`, { body: 'Looking at it', internal: true });
    expect(await unread('follower')).toBe(before);
    await clients.replier.post(`/api/requests/${request.id}/comments`, { body: 'Found the cause' });
    expect(await unread('follower')).toBe(before + 1);
  });

  it('lists the caller’s own notifications latest first, pages them, and marks one or all read', async () => {
    const topic = await topicWithFollower();
    for (const body of ['one', 'two', 'three']) {
      await clients.replier.post(`/api/community/topics/${topic.id}/replies`, { body });
    }
    const first = (await clients.follower.get('/api/notifications?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.unreadCount).toBe(await unread('follower'));
    expect(first.items[0].data.topicId).toBe(topic.id);
    expect(new Date(first.items[0].createdAt) >= new Date(first.items[1].createdAt)).toBe(true);
    const second = (await clients.follower.get(`/api/notifications?limit=2&cursor=${first.nextCursor}`)).json();
    const all = (await clients.follower.get('/api/notifications?limit=100')).json().items;
    expect([...first.items, ...second.items].map((item: { id: string }) => item.id)).toEqual(
      all.slice(0, first.items.length + second.items.length).map((item: { id: string }) => item.id),
    );

    const target = first.items[0];
    const count = await unread('follower');
    expect((await clients.creator.post(`/api/notifications/${target.id}/read`)).statusCode).toBe(404);
    const read = await clients.follower.post(`/api/notifications/${target.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: target.id, isRead: true });
    expect(await unread('follower')).toBe(count - 1);
    const again = await clients.follower.post(`/api/notifications/${target.id}/read`);
    expect(again.json().readAt).toBe(read.json().readAt);
    expect((await clients.follower.get('/api/notifications?unread=true&limit=100')).json().items).toHaveLength(count - 1);

    expect((await clients.follower.post('/api/notifications/read-all')).json()).toEqual({ unreadCount: 0 });
    expect(await unread('follower')).toBe(0);
    expect(await unread('creator')).toBeGreaterThan(0);
  });

  it('answers 404 for a malformed id and 401 without a session', async () => {
    expect((await clients.follower.post('/api/notifications/nope/read')).statusCode).toBe(404);
    expect((await t.anonymous().get('/api/notifications')).statusCode).toBe(401);
  });
});
