import { randomUUID } from 'node:crypto';
import type { TCommunityReply } from '../../shared/community-schemas.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { topicAbilities } from '../policies/community-policy.ts';
import { followUpPublicComment } from '../requests/follow-up-public-comment.ts';
import { mirrorReplyToRequest } from './mirror-reply-to-request.ts';
import { presentReply } from './present-topic.ts';
import { recordReply } from './record-reply.ts';
import { loadTopic } from './topic-repository.ts';

/**
 * A reply in the community. In a topic opened from a request it is also a public comment there,
 * with all that follows one: the response clocks, the Jira issue, mail to the reporter.
 */
export async function replyToTopic(options: {
  db: Database;
  actor: Actor;
  topicId: string;
  body: string;
  /** Where mail links point; without it the request's reporter is not mailed (seeding, scripts). */
  mail?: MailSettings;
  now?: Date;
}): Promise<TCommunityReply> {
  const { db, actor, body } = options;
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const topic = await loadTopic(tx, options.topicId);
    if (!topicAbilities(actor, topic).reply) throw new AppError('forbidden', 'This topic is locked');
    const id = randomUUID();
    const onRequest = topic.requestId
      ? await mirrorReplyToRequest(tx, { requestId: topic.requestId, topicId: topic.id, replyId: id, author: actor, body, now })
      : null;
    const row = await recordReply(
      tx,
      topic,
      {
        id,
        author: { id: actor.id, name: actor.name },
        body,
        origin: 'community',
        isFromVendor: actor.role === 'vendor',
        timelineEventId: onRequest?.event.id ?? null,
      },
      now,
    );
    if (onRequest) await followUpPublicComment(tx, { ...onRequest, actor, mail: options.mail, now });
    return presentReply({ ...row, userName: actor.name, userRole: actor.role }, topic.acceptedReplyId);
  });
}
