import { type TCommunityTopic, type TCreateTopic, ZCreateTopic } from '../../shared/community-schemas.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../policies/actor.ts';
import { getTopic } from './get-topic.ts';
import { insertTopic } from './insert-topic.ts';

/** A new topic; the author follows it from the start. The route checks `createTopic`. */
export async function createTopic(options: {
  db: Database;
  actor: Actor;
  input: TCreateTopic;
  now?: Date;
}): Promise<TCommunityTopic> {
  const { db, actor } = options;
  const input = ZCreateTopic.parse(options.input);
  const now = options.now ?? new Date();
  const id = await db.transaction(async (tx) => {
    const row = await insertTopic(tx, { ...input, authorId: actor.id }, now);
    return row.id;
  });
  return getTopic({ db, actor, id });
}
