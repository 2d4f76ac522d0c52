import { randomUUID } from 'node:crypto';
import type { TCommunityReply } from '../../shared/community-schemas.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { queueJiraComment } from '../jira/queue-jira-comment.ts';
import type { Actor } from '../policies/actor.ts';
import { topicAbilities } from '../policies/community-policy.ts';
import { mirrorReplyToRequest } from './mirror-reply-to-request.ts';
import { presentReply } from './present-topic.ts';
import { recordReply } from './record-reply.ts';
import { loadTopic } from './topic-repository.ts';

/** A reply in the community; in a topic opened from a request it also lands on the request's timeline. */
export async function replyToTopic(options: {
  db: Database;
  actor: Actor;
  topicId: string;
  body: string;
  now?: Date;
}): Promise<TCommunityReply> {
  const { db, actor, body } = options;
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const topic = await loadTopic(tx, options.topicId);
    if (!topicAbilities(actor, topic).reply) throw new AppError('forbidden', 'This topic is locked');
    const id = randomUUID();
    const timelineEventId = topic.requestId
      ? await mirrorReplyToRequest(tx, { requestId: topic.requestId, topicId: topic.id, replyId: id, author: actor, body, now })
      : null;
    // Public on the request, so it goes to the Jira issue like any public reply (when the team sends them).
    if (topic.requestId && timelineEventId) await queueJiraComment(tx, { requestId: topic.requestId, eventId: timelineEventId });
    const row = await recordReply(
      tx,
      topic,
      {
        id,
        author: { id: actor.id, name: actor.name },
        body,
        origin: 'community',
        isFromVendor: actor.role === 'vendor',
        timelineEventId,
      },
      now,
    );
    return presentReply({ ...row, userName: actor.name, userRole: actor.role }, topic.acceptedReplyId);
  });
}
