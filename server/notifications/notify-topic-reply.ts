import { and, eq, inArray, ne, notInArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { notifications, topicSubscriptions, users } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';

/**
 * Tells the topic's creator and every subscriber, never the replier, that a reply arrived: one
 * in-app notification each and one durable e-mail job each, in the caller's transaction.
 * `toldByRequest` are left out: the request the reply also comments on already tells them.
 */
export async function notifyTopicReply(
  tx: DbOrTx,
  options: {
    topic: { id: string; title: string; authorId: string | null };
    replyId: string;
    replierId: string | null;
    replierName: string;
    toldByRequest?: string[];
    now: Date;
  },
): Promise<string[]> {
  const { topic, replyId, replierId, replierName, now } = options;
  const subscribers = tx
    .select({ userId: topicSubscriptions.userId })
    .from(topicSubscriptions)
    .where(eq(topicSubscriptions.topicId, topic.id));
  const recipients = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.isActive, true),
        or(topic.authorId ? eq(users.id, topic.authorId) : sql`false`, inArray(users.id, subscribers)),
        replierId ? ne(users.id, replierId) : undefined,
        options.toldByRequest?.length ? notInArray(users.id, options.toldByRequest) : undefined,
      ),
    );
  if (recipients.length === 0) return [];
  const rows = await tx
    .insert(notifications)
    .values(
      recipients.map((recipient) => ({
        userId: recipient.id,
        type: 'topic_reply',
        title: `${replierName} replied to “${topic.title}”`,
        messageKey: 'community.notifications.topicReply',
        messageParams: { name: replierName, title: topic.title },
        link: `/community/${topic.id}#reply-${replyId}`,
        data: { topicId: topic.id, replyId, topicTitle: topic.title, actorName: replierName },
        createdAt: now,
      })),
    )
    .returning({ id: notifications.id, userId: notifications.userId });
  for (const row of rows) await enqueueJob(tx, 'notification.email', { notificationId: row.id });
  return rows.map((row) => row.id);
}
