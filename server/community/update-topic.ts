import { eq } from 'drizzle-orm';
import type { TCommunityTopic, TUpdateTopic } from '../../shared/community-schemas.ts';
import type { Database } from '../db/client.ts';
import { communityTopics } from '../db/schema/index.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { topicAbilities } from '../policies/community-policy.ts';
import { getTopic } from './get-topic.ts';
import { loadTopic } from './topic-repository.ts';

/** Edits the text (author or moderator) and pins or locks (moderators); each part checked on its own. */
export async function updateTopic(options: {
  db: Database;
  actor: Actor;
  id: string;
  input: TUpdateTopic;
  now?: Date;
}): Promise<TCommunityTopic> {
  const { db, actor, input } = options;
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const topic = await loadTopic(tx, options.id, { forUpdate: true });
    const abilities = topicAbilities(actor, topic);
    const isTextEdit = input.title !== undefined || input.body !== undefined || input.category !== undefined;
    if (isTextEdit && !abilities.edit) throw forbidden('Only the author or a moderator edits a topic');
    if (input.isPinned !== undefined && !abilities.pin) throw forbidden('Only moderators pin topics');
    if (input.isLocked !== undefined && !abilities.lock) throw forbidden('Only moderators lock topics');
    await tx
      .update(communityTopics)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.body !== undefined ? { body: input.body } : {}),
        ...(input.category !== undefined ? { category: input.category } : {}),
        ...(input.isPinned !== undefined ? { isPinned: input.isPinned } : {}),
        ...(input.isLocked !== undefined ? { isLocked: input.isLocked } : {}),
        ...(isTextEdit ? { updatedAt: now } : {}),
      })
      .where(eq(communityTopics.id, topic.id));
  });
  return getTopic({ db, actor, id: options.id });
}
