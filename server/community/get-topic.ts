import { asc, eq } from 'drizzle-orm';
import type { TCommunityTopic } from '../../shared/community-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { communityReplies, communityTopics, helpRequests, users } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { topicAbilities } from '../policies/community-policy.ts';
import { isInScope } from '../policies/request-policy.ts';
import { presentReply, presentTopicSummary } from './present-topic.ts';
import { loadTopic, selectTopicSummaries } from './topic-repository.ts';

/** One topic with its replies, oldest first, the caller's abilities, and its request if the caller may see it. */
export async function getTopic(options: { db: DbOrTx; actor: Actor; id: string }): Promise<TCommunityTopic> {
  const { db, actor, id } = options;
  const topic = await loadTopic(db, id);
  const [[row], replies, [request]] = await Promise.all([
    selectTopicSummaries(db, actor.id).where(eq(communityTopics.id, id)).limit(1),
    db
      .select({ reply: communityReplies, userName: users.name, userRole: users.role })
      .from(communityReplies)
      .leftJoin(users, eq(users.id, communityReplies.authorId))
      .where(eq(communityReplies.topicId, id))
      .orderBy(asc(communityReplies.createdAt), asc(communityReplies.id)),
    topic.requestId ? db.select().from(helpRequests).where(eq(helpRequests.id, topic.requestId)) : Promise.resolve([]),
  ]);
  return {
    ...presentTopicSummary(row),
    body: topic.body,
    acceptedReplyId: row.acceptedReplyId,
    request: request && isInScope(actor, request) ? { id: request.id, reference: request.reference } : null,
    replies: replies.map(({ reply, userName, userRole }) => presentReply({ ...reply, userName, userRole }, row.acceptedReplyId)),
    abilities: topicAbilities(actor, row),
  };
}
