import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { JiraFlavour } from '../../shared/jira-schemas.ts';
import { recordReply } from '../community/record-reply.ts';
import type { Database, DbOrTx } from '../db/client.ts';
import { communityReplies, communityTopics, helpRequests, jiraCommentLinks, timelineEvents } from '../db/schema/index.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import { notifyRequestEvents } from '../mail/notify-request-events.ts';
import { appendEvents } from '../requests/timeline.ts';
import { refreshSlaClocks } from '../sla/refresh-sla-clocks.ts';
import { commentAuthorName, commentMarkdown, isOurComment, type JiraComment } from './jira-comment.ts';
import { redactForTopic } from './redact-for-topic.ts';

export type MirrorOutcome = 'created' | 'updated' | 'deleted' | 'unchanged' | 'echo' | 'agents_only';

type Target = { vendorTeamId: string; requestId: string; issueKey: string; flavour: JiraFlavour };

async function lockRequest(tx: DbOrTx, requestId: string, now: Date) {
  // The same lock order as addComment (request first), so a mirrored comment and a reply never deadlock.
  await tx.select({ id: helpRequests.id }).from(helpRequests).where(eq(helpRequests.id, requestId)).for('update');
  await tx.update(helpRequests).set({ updatedAt: now }).where(eq(helpRequests.id, requestId));
}

async function findLink(tx: DbOrTx, target: Target, commentId: string) {
  const [link] = await tx
    .select()
    .from(jiraCommentLinks)
    .where(and(eq(jiraCommentLinks.vendorTeamId, target.vendorTeamId), eq(jiraCommentLinks.jiraCommentId, commentId)));
  return link ?? null;
}

/**
 * A developer's Jira comment on the request's timeline (marked as from the vendor, with the Jira
 * author's name) and in its community topic; a later version of it replaces the text. Comments we
 * sent to Jira are never mirrored back, and a repeated delivery of the same version changes nothing.
 * A new comment is the vendor answering in public: it meets the next-response clock and is mailed
 * to the reporter like any public comment (the topic's followers hear of it through the topic);
 * an edit or a deletion notifies nobody.
 */
export async function mirrorJiraComment(
  db: Database,
  options: Target & { comment: JiraComment; mail: MailSettings; now?: Date },
): Promise<MirrorOutcome> {
  const { comment, requestId } = options;
  const now = options.now ?? new Date();
  if (isOurComment(comment)) return 'echo';
  if (comment.jsdPublic === false) return 'agents_only';
  const version = comment.updated ?? comment.created;
  return db.transaction(async (tx) => {
    await lockRequest(tx, requestId, now);
    const link = await findLink(tx, options, comment.id);
    if (link?.direction === 'outbound') return 'echo';
    if (link && link.jiraUpdated === version && !link.isDeleted) return 'unchanged';
    const body = commentMarkdown(options.flavour, comment);
    const authorName = commentAuthorName(comment);
    const [topic] = await tx.select().from(communityTopics).where(eq(communityTopics.requestId, requestId)).limit(1);
    if (link) {
      await tx
        .update(timelineEvents)
        .set({ body, data: sql`${timelineEvents.data} || ${JSON.stringify({ editedAt: now.toISOString() })}::jsonb` })
        .where(eq(timelineEvents.id, link.timelineEventId));
      if (link.communityReplyId && topic) {
        const topicBody = await redactForTopic(tx, { requestId, topicId: topic.id, body, now });
        await tx.update(communityReplies).set({ body: topicBody }).where(eq(communityReplies.id, link.communityReplyId));
      }
      await tx.update(jiraCommentLinks).set({ jiraUpdated: version, isDeleted: false }).where(eq(jiraCommentLinks.id, link.id));
      await appendEvents(
        tx,
        [
          {
            requestId,
            type: 'external_comment_changed',
            actorId: null,
            data: { origin: 'jira', action: 'edited', jiraCommentId: comment.id, authorName, eventId: link.timelineEventId },
          },
        ],
        now,
      );
      return 'updated';
    }
    const [event] = await appendEvents(
      tx,
      [
        {
          requestId,
          type: 'external_comment',
          actorId: null,
          body,
          data: { origin: 'jira', isFromVendor: true, authorName, jiraCommentId: comment.id, issueKey: options.issueKey },
        },
      ],
      now,
    );
    await refreshSlaClocks(tx, { requestId, change: 'staff_response', now });
    let communityReplyId: string | null = null;
    if (topic) {
      const reply = await recordReply(
        tx,
        topic,
        {
          id: randomUUID(),
          author: { id: null, name: authorName },
          body: await redactForTopic(tx, { requestId, topicId: topic.id, body, now }),
          origin: 'jira',
          isFromVendor: true,
          timelineEventId: event.id,
        },
        now,
      );
      communityReplyId = reply.id;
    }
    await tx.insert(jiraCommentLinks).values({
      vendorTeamId: options.vendorTeamId,
      requestId,
      jiraCommentId: comment.id,
      direction: 'inbound',
      timelineEventId: event.id,
      communityReplyId,
      jiraUpdated: version,
      createdAt: now,
    });
    await notifyRequestEvents(tx, {
      settings: options.mail,
      actor: { id: null, email: null, name: authorName },
      events: [event],
      now,
    });
    return 'created';
  });
}

const DELETED_TEXT = '_(deleted in Jira)_';

/** A Jira comment deleted there: its text leaves the timeline and the topic, and the deletion is recorded. */
export async function removeMirroredComment(db: Database, options: Target & { commentId: string; now?: Date }) {
  const now = options.now ?? new Date();
  return db.transaction(async (tx): Promise<MirrorOutcome> => {
    await lockRequest(tx, options.requestId, now);
    const link = await findLink(tx, options, options.commentId);
    if (link?.direction !== 'inbound' || link.isDeleted) return 'unchanged';
    await tx
      .update(timelineEvents)
      .set({
        body: DELETED_TEXT,
        data: sql`${timelineEvents.data} || ${JSON.stringify({ deletedAt: now.toISOString() })}::jsonb`,
      })
      .where(eq(timelineEvents.id, link.timelineEventId));
    if (link.communityReplyId) {
      await tx.update(communityReplies).set({ body: DELETED_TEXT }).where(eq(communityReplies.id, link.communityReplyId));
    }
    await tx.update(jiraCommentLinks).set({ isDeleted: true }).where(eq(jiraCommentLinks.id, link.id));
    await appendEvents(
      tx,
      [
        {
          requestId: options.requestId,
          type: 'external_comment_changed',
          actorId: null,
          data: { origin: 'jira', action: 'deleted', jiraCommentId: options.commentId, eventId: link.timelineEventId },
        },
      ],
      now,
    );
    return 'deleted';
  });
}
