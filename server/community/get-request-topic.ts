import { eq } from 'drizzle-orm';
import type { TRequestTopic } from '../../shared/community-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { communityTopics } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { canOpenTopicFromRequest } from '../policies/community-policy.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { presentTopicSummary } from './present-topic.ts';
import { selectTopicSummaries } from './topic-repository.ts';

/** The request's community topic (or null) and whether the caller may open one; 404 out of scope. */
export async function getRequestTopic(options: { db: DbOrTx; actor: Actor; id: string }): Promise<TRequestTopic> {
  const { db, actor } = options;
  const request = await loadRequestInScope(db, actor, options.id);
  const [row] = await selectTopicSummaries(db, actor.id).where(eq(communityTopics.requestId, request.id)).limit(1);
  return {
    topic: row ? presentTopicSummary(row) : null,
    abilities: { open: !row && canOpenTopicFromRequest(actor, request) },
  };
}
