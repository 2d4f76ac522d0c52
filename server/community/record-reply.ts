import { eq, sql } from 'drizzle-orm';
import type { ReplyOrigin } from '../../shared/community-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { communityReplies, communityTopics, helpRequests } from '../db/schema/index.ts';
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

/**
 * When the reply is also a public comment on a request, the people that comment already notifies
 * in the app and by mail (its reporter and assignee); the topic leaves them out, so that nobody
 * hears twice of one comment.
 */
async function followersOfRequest(tx: DbOrTx, topic: Pick<TopicRow, 'requestId'>, reply: NewReply): Promise<string[]> {
  if (!topic.requestId || reply.timelineEventId === null) return [];
  const [request] = await tx
    .select({ reporterId: helpRequests.reporterId, assigneeId: helpRequests.assigneeId })
    .from(helpRequests)
    .where(eq(helpRequests.id, topic.requestId));
  return [request?.reporterId, request?.assigneeId].filter((id): id is string => Boolean(id));
}

/** Stores a reply, bumps the topic's count and activity, and notifies its followers; in the caller's transaction. */
export async function recordReply(
  tx: DbOrTx,
  topic: Pick<TopicRow, 'id' | 'title' | 'authorId' | 'requestId'>,
  reply: NewReply,
  now: Date,
) {
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
  await notifyTopicReply(tx, {
    topic,
    replyId: row.id,
    replierId: reply.author.id,
    replierName: reply.author.name,
    toldByRequest: await followersOfRequest(tx, topic, reply),
    now,
  });
  return row;
}
