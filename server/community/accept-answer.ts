import { and, eq } from 'drizzle-orm';
import type { TCommunityTopic } from '../../shared/community-schemas.ts';
import type { Database } from '../db/client.ts';
import { communityReplies, communityTopics } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { topicAbilities } from '../policies/community-policy.ts';
import { getTopic } from './get-topic.ts';
import { loadTopic } from './topic-repository.ts';

/** Marks one reply of the topic as the accepted answer, or clears it with `replyId: null`. */
export async function acceptAnswer(options: {
  db: Database;
  actor: Actor;
  topicId: string;
  replyId: string | null;
}): Promise<TCommunityTopic> {
  const { db, actor, replyId } = options;
  await db.transaction(async (tx) => {
    const topic = await loadTopic(tx, options.topicId, { forUpdate: true });
    if (!topicAbilities(actor, topic).acceptAnswer) throw forbidden('Only the topic’s author or a moderator accepts an answer');
    if (replyId) {
      const [reply] = await tx
        .select({ id: communityReplies.id })
        .from(communityReplies)
        .where(and(eq(communityReplies.id, replyId), eq(communityReplies.topicId, topic.id)));
      if (!reply) {
        throw new AppError('invalid', 'replyId is not a reply in this topic', {
          errors: [{ field: 'replyId', message: 'is not a reply in this topic' }],
        });
      }
    }
    await tx.update(communityTopics).set({ acceptedReplyId: replyId }).where(eq(communityTopics.id, topic.id));
  });
  return getTopic({ db, actor, id: options.topicId });
}
