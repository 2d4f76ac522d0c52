import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { isFirstResponseBy } from '../requests/follow-up-public-comment.ts';
import { appendEvents } from '../requests/timeline.ts';

/**
 * Copies a community reply onto its linked request's timeline as a public comment, whoever wrote it:
 * sharing answers across sites is the point of the community. Returns the event, whose id the
 * reply keeps so the comment is never mirrored back, and the request as it was before the reply.
 */
export async function mirrorReplyToRequest(
  tx: DbOrTx,
  options: { requestId: string; topicId: string; replyId: string; author: Actor; body: string; now: Date },
) {
  const { requestId, author, now } = options;
  // Lock the request before the topic is touched: addComment takes them in the same order.
  const [request] = await tx
    .select({ id: helpRequests.id, reporterId: helpRequests.reporterId, firstRespondedAt: helpRequests.firstRespondedAt })
    .from(helpRequests)
    .where(eq(helpRequests.id, requestId))
    .for('update');
  if (!request) return null;
  const isFirstResponse = isFirstResponseBy(author, request);
  await tx
    .update(helpRequests)
    .set({ updatedAt: now, ...(isFirstResponse ? { firstRespondedAt: now } : {}) })
    .where(eq(helpRequests.id, request.id));
  const [event] = await appendEvents(
    tx,
    [
      {
        requestId,
        type: 'comment',
        actorId: author.id,
        body: options.body,
        data: { origin: 'community', topicId: options.topicId, replyId: options.replyId },
      },
    ],
    now,
  );
  return { event, request };
}
