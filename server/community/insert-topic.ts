import type { CommunityCategory, CommunityLanguage } from '../../shared/community-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { communityTopics, topicSubscriptions } from '../db/schema/index.ts';

/** Inserts a topic and subscribes its author, in the caller's transaction. */
export async function insertTopic(
  tx: DbOrTx,
  topic: {
    title: string;
    body: string;
    category: CommunityCategory;
    language: CommunityLanguage;
    authorId: string;
    requestId?: string | null;
  },
  now: Date,
) {
  const [row] = await tx
    .insert(communityTopics)
    .values({ ...topic, requestId: topic.requestId ?? null, lastActivityAt: now, createdAt: now, updatedAt: now })
    .returning();
  await tx.insert(topicSubscriptions).values({ topicId: row.id, userId: topic.authorId, createdAt: now });
  return row;
}
