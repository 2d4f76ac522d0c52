import { eq } from 'drizzle-orm';
import { mirrorCommentToTopic } from '../../community/mirror-comment-to-topic.ts';
import type { Transaction } from '../../db/client.ts';
import { helpRequests, type users } from '../../db/schema/index.ts';
import { followUpPublicComment } from '../../requests/follow-up-public-comment.ts';
import { appendEvents, type NewTimelineEvent } from '../../requests/timeline.ts';
import type { MailSettings } from '../mail-settings.ts';
import { insertMailAttachments } from './insert-mail-attachments.ts';
import { replyText } from './mail-body-text.ts';
import type { InboundMail } from './parse-inbound-mail.ts';
import type { StoredMailAttachment } from './prepare-mail-attachments.ts';

type UserRow = typeof users.$inferSelect;

/**
 * A reply that threads into a request becomes a public comment from its sender; a reply to a
 * request waiting on its reporter puts it back in progress, and one to a resolved or closed
 * request reopens it (the caller decides beforehand whether to reopen or open a new one).
 * The comment goes where a comment made on the web goes (the request's community topic, its Jira
 * issue) and notifies whoever follows the request, except the sender: their own reply is never
 * mailed back to them.
 */
export async function addMailReply(
  tx: Transaction,
  options: {
    requestId: string;
    mail: InboundMail;
    sender: UserRow | null;
    files: StoredMailAttachment[];
    problems: string[];
    settings: MailSettings;
    now: Date;
  },
): Promise<{ eventId: number; isReopened: boolean }> {
  const { mail, sender, now } = options;
  const [request] = await tx.select().from(helpRequests).where(eq(helpRequests.id, options.requestId)).for('update');
  const from = request.status;
  const isReopened = from === 'resolved' || from === 'closed';
  const isBackInProgress = isReopened || from === 'waiting_on_reporter';
  const actorId = sender?.id ?? null;
  const fromName = sender?.name ?? (mail.from?.name || mail.from?.address || null);
  const events: NewTimelineEvent[] = [];
  if (isBackInProgress) {
    events.push({
      requestId: request.id,
      type: isReopened ? 'reopened' : 'status_changed',
      actorId,
      body: isReopened ? 'The reporter replied by e-mail' : null,
      data: { from, to: 'in_progress', via: 'email' },
    });
  }
  events.push({
    requestId: request.id,
    type: 'comment',
    actorId,
    body: replyText(mail.text) || '(empty message)',
    data: {
      via: 'email',
      fromName,
      ...(mail.messageId ? { messageId: mail.messageId } : {}),
    },
  });
  if (options.problems.length > 0)
    events.push({ requestId: request.id, type: 'email_problem', actorId: null, data: { problems: options.problems } });
  await tx
    .update(helpRequests)
    .set({
      updatedAt: now,
      ...(isBackInProgress ? { status: 'in_progress' } : {}),
      ...(isReopened ? { resolvedAt: null, closedAt: null } : {}),
    })
    .where(eq(helpRequests.id, request.id));
  const appended = await appendEvents(tx, events, now);
  await insertMailAttachments(tx, { requestId: request.id, uploadedById: actorId, files: options.files, now });
  const comment = appended.find((event) => event.type === 'comment');
  if (comment) {
    const author = { id: actorId, email: sender?.email ?? mail.from?.address ?? null, name: fromName ?? 'E-mail' };
    // A public comment like one written on the web; whoever mails in speaks for the reporter.
    await mirrorCommentToTopic(tx, {
      requestId: request.id,
      event: comment,
      actor: { ...author, role: sender?.role ?? null },
      now,
    });
    await followUpPublicComment(tx, {
      request,
      event: comment,
      actor: author,
      slaChange: 'reporter_comment',
      mail: options.settings,
      now,
    });
  }
  return { eventId: comment?.id ?? appended[0].id, isReopened };
}
