import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { communityTopics, topicSubscriptions, users } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type TopicRow = typeof communityTopics.$inferSelect;

/** The columns a topic summary shows, with its author and whether `viewerId` follows it. */
export function selectTopicSummaries(db: DbOrTx, viewerId: string) {
  return db
    .select({
      id: communityTopics.id,
      title: communityTopics.title,
      excerpt: sql<string>`left(${communityTopics.body}, 240)`,
      category: communityTopics.category,
      language: communityTopics.language,
      authorId: communityTopics.authorId,
      authorName: users.name,
      authorRole: users.role,
      requestId: communityTopics.requestId,
      isPinned: communityTopics.isPinned,
      isLocked: communityTopics.isLocked,
      acceptedReplyId: communityTopics.acceptedReplyId,
      replyCount: communityTopics.replyCount,
      lastActivityAt: communityTopics.lastActivityAt,
      createdAt: communityTopics.createdAt,
      updatedAt: communityTopics.updatedAt,
      subscriberId: topicSubscriptions.userId,
    })
    .from(communityTopics)
    .leftJoin(users, eq(users.id, communityTopics.authorId))
    .leftJoin(
      topicSubscriptions,
      and(eq(topicSubscriptions.topicId, communityTopics.id), eq(topicSubscriptions.userId, viewerId)),
    )
    .$dynamic();
}

export type TopicSummaryRow = Awaited<ReturnType<ReturnType<typeof selectTopicSummaries>['execute']>>[number];

/** One topic by id; 404 for anything else, malformed ids included. */
export async function loadTopic(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<TopicRow> {
  if (!UUID.test(id)) throw notFound('No such topic');
  const query = db.select().from(communityTopics).where(eq(communityTopics.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('No such topic');
  return row;
}
