import { eq, sql } from 'drizzle-orm';
import type { ReplyOrigin } from '../../shared/community-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { communityReplies, communityTopics } from '../db/schema/index.ts';
import { notifyTopicReply } from '../notifications/notify-topic-reply.ts';
import type { TopicRow } from './topic-repository.ts';

export type NewReply = {
  id: string;
  author: { id: string; name: string } | { id: null; name: string };
  body: string;
  origin: ReplyOrigin;
  isFromVendor: boolean;
  /** The request timeline event this reply mirrors or was mirrored to. */
  timelineEventId: number | null;
};

/** Stores a reply, bumps the topic's count and activity, and notifies its followers; in the caller's transaction. */
export async function recordReply(tx: DbOrTx, topic: Pick<TopicRow, 'id' | 'title' | 'authorId'>, reply: NewReply, now: Date) {
  const [row] = await tx
    .insert(communityReplies)
    .values({
      id: reply.id,
      topicId: topic.id,
      authorId: reply.author.id,
      authorName: reply.author.id ? null : reply.author.name,
      body: reply.body,
      origin: reply.origin,
      isFromVendor: reply.isFromVendor,
      timelineEventId: reply.timelineEventId,
      createdAt: now,
    })
    .returning();
  await tx
    .update(communityTopics)
    .set({ replyCount: sql`${communityTopics.replyCount} + 1`, lastActivityAt: now })
    .where(eq(communityTopics.id, topic.id));
  await notifyTopicReply(tx, { topic, replyId: row.id, replierId: reply.author.id, replierName: reply.author.name, now });
  return row;
}
