import { eq } from 'drizzle-orm';
import type { TTimelineEvent } from '../../shared/schemas.ts';
import { mirrorCommentToTopic } from '../community/mirror-comment-to-topic.ts';
import type { Database } from '../db/client.ts';
import { helpRequests } from '../db/schema/index.ts';
import { forbidden } from '../errors.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { requestAbilities } from '../policies/request-policy.ts';
import { followUpPublicComment, isFirstResponseBy } from './follow-up-public-comment.ts';
import { loadRequestInScope } from './request-repository.ts';
import { appendEvents, presentEvent } from './timeline.ts';

/** A public comment or an internal note; a staff member's first public comment is the first response. */
export async function addComment(options: {
  db: Database;
  actor: Actor;
  id: string;
  body: string;
  isInternal: boolean;
  /** Where mail links point; without it nothing is mailed (seeding, scripts). */
  mail?: MailSettings;
  /** An offline client's id for the comment (unique; see server/sync/). */
  clientId?: string;
  now?: Date;
}): Promise<TTimelineEvent> {
  const { db, actor, isInternal } = options;
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const request = await loadRequestInScope(tx, actor, options.id, { forUpdate: true });
    const abilities = requestAbilities(actor, request);
    if (isInternal ? !abilities.addInternalNote : !abilities.comment) {
      throw forbidden(isInternal ? 'You may not write internal notes' : 'You may not comment');
    }
    const isFirstResponse = !isInternal && isFirstResponseBy(actor, request);
    await tx
      .update(helpRequests)
      .set({ updatedAt: now, ...(isFirstResponse ? { firstRespondedAt: now } : {}) })
      .where(eq(helpRequests.id, request.id));
    const [event] = await appendEvents(
      tx,
      [
        {
          requestId: request.id,
          type: isInternal ? 'internal_note' : 'comment',
          actorId: actor.id,
          isInternal,
          body: options.body,
          clientId: options.clientId ?? null,
        },
      ],
      now,
    );
    if (!isInternal) {
      // A public comment also goes to the request's community topic; internal notes never do.
      await mirrorCommentToTopic(tx, { requestId: request.id, event, actor, now });
      await followUpPublicComment(tx, { request, event, actor, mail: options.mail, now });
    }
    return presentEvent(event, { name: actor.name, role: actor.role });
  });
}
