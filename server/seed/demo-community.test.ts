import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { communityReplies, communityTopics, jobs, notifications, timelineEvents, users } from '../db/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { seedDemo } from './seed-demo.ts';

let handle: TestDatabase;
let db: Database;
let seconds: number;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  let communityStart = 0;
  let communityEnd = 0;
  await seedDemo({
    db,
    password: 'test-password-1',
    requestCount: 60,
    log: (line) => {
      if (line.includes('community,') && line.endsWith('topics…')) communityStart = Date.now();
      if (line.includes('topics done')) communityEnd = Date.now();
    },
  });
  seconds = (communityEnd - communityStart) / 1000;
});
afterAll(() => handle?.close());

describe('[SEED]: demo Support Community', () => {
  it('has ~40 topics across categories and the five languages, some pinned, locked and answered', async () => {
    const topics = await db.select().from(communityTopics);
    expect(topics.length).toBeGreaterThanOrEqual(38);
    expect(new Set(topics.map((topic) => topic.language))).toEqual(new Set(['en', 'fr', 'es', 'pt', 'ar']));
    expect(new Set(topics.map((topic) => topic.category)).size).toBeGreaterThanOrEqual(7);
    expect(topics.filter((topic) => topic.isPinned).length).toBeGreaterThanOrEqual(2);
    expect(topics.filter((topic) => topic.isLocked).length).toBeGreaterThanOrEqual(2);
    expect(topics.filter((topic) => topic.acceptedReplyId).length).toBeGreaterThanOrEqual(15);
    const replies = await db.select().from(communityReplies);
    for (const topic of topics) expect(topic.replyCount).toBe(replies.filter((reply) => reply.topicId === topic.id).length);
    expect(replies.some((reply) => reply.isFromVendor && reply.origin === 'community')).toBe(true);
    expect(replies.some((reply) => reply.origin === 'jira' && reply.authorName)).toBe(true);
    expect(seconds).toBeLessThan(6);
  });

  it('links several topics to demo requests, with replies mirrored on both sides once', async () => {
    const linked = await db.select().from(communityTopics).where(isNotNull(communityTopics.requestId));
    expect(linked.length).toBeGreaterThanOrEqual(3);
    const ids = linked.map((topic) => topic.id);
    const replies = await db.select().from(communityReplies).where(inArray(communityReplies.topicId, ids));
    expect(replies.every((reply) => reply.timelineEventId !== null)).toBe(true);
    expect(new Set(replies.map((reply) => reply.timelineEventId)).size).toBe(replies.length);
    expect(new Set(replies.map((reply) => reply.origin))).toEqual(new Set(['community', 'request']));
    const events = await db
      .select()
      .from(timelineEvents)
      .where(
        inArray(
          timelineEvents.id,
          replies.map((reply) => reply.timelineEventId ?? 0),
        ),
      );
    expect(events).toHaveLength(replies.length);
    expect(events.every((event) => event.type === 'comment' && !event.isInternal)).toBe(true);
    const opened = await db.select().from(timelineEvents).where(eq(timelineEvents.type, 'community_topic_opened'));
    expect(opened).toHaveLength(linked.length);
  });

  it('leaves recent notifications unread for the demo staff, and sends no demo e-mail', async () => {
    for (const email of ['help_desk@demo.test', 'coordinator@demo.test', 'site_admin@demo.test']) {
      const unread = await db
        .select({ id: notifications.id })
        .from(notifications)
        .innerJoin(users, eq(users.id, notifications.userId))
        .where(and(eq(users.email, email), isNull(notifications.readAt)));
      expect(unread.length, email).toBeGreaterThan(0);
    }
    const queued = await db
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, 'notification.email'), eq(jobs.status, 'queued')));
    expect(queued).toHaveLength(0);
  });
});
