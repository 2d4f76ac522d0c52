import { and, eq } from 'drizzle-orm';
import type { TCommunityTopic } from '../../shared/community-schemas.ts';
import type { Database } from '../db/client.ts';
import { topicSubscriptions } from '../db/schema/index.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { topicAbilities } from '../policies/community-policy.ts';
import { getTopic } from './get-topic.ts';
import { loadTopic } from './topic-repository.ts';

/** Follows or stops following a topic; idempotent either way. */
export async function setSubscription(options: {
  db: Database;
  actor: Actor;
  topicId: string;
  isSubscribed: boolean;
}): Promise<TCommunityTopic> {
  const { db, actor, isSubscribed } = options;
  await db.transaction(async (tx) => {
    const topic = await loadTopic(tx, options.topicId);
    if (!topicAbilities(actor, topic).subscribe) throw forbidden('You may not follow this topic');
    if (isSubscribed) {
      await tx.insert(topicSubscriptions).values({ topicId: topic.id, userId: actor.id }).onConflictDoNothing();
    } else {
      await tx
        .delete(topicSubscriptions)
        .where(and(eq(topicSubscriptions.topicId, topic.id), eq(topicSubscriptions.userId, actor.id)));
    }
  });
  return getTopic({ db, actor, id: options.topicId });
}
