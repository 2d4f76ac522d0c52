import type { DbOrTx } from '../db/client.ts';
import { queueJiraComment } from '../jira/queue-jira-comment.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import { type ChangeAuthor, notifyRequestEvents } from '../mail/notify-request-events.ts';
import type { TimelineEventRow } from '../mail/plan-request-mail.ts';
import { type Actor, isStaff } from '../policies/actor.ts';
import { refreshSlaClocks, type SlaChange } from '../sla/refresh-sla-clocks.ts';

type CommentedRequest = { id: string; reporterId: string | null; firstRespondedAt: Date | null };

/** Whether this public comment is the request's first response: staff answering someone else. */
export function isFirstResponseBy(actor: Actor, request: CommentedRequest): boolean {
  return isStaff(actor) && !request.firstRespondedAt && request.reporterId !== actor.id;
}

/**
 * How a public comment moves the response clocks: the reporter writing starts the next-response
 * clock, staff or a vendor answering meets it. Another reporter can only write through the
 * request's community topic; that is the community chiming in, which moves no clock.
 */
export function slaChangeOf(actor: Actor, request: CommentedRequest): SlaChange | null {
  if (request.reporterId === actor.id) return 'reporter_comment';
  return actor.role === 'reporter' ? null : 'staff_response';
}

/**
 * What follows a public comment on a request, wherever it was written (on the request, as a reply
 * in its community topic, or mailed in), in the comment's transaction: the response clocks, the
 * Jira issue when its team takes public replies, and mail to the reporter unless they wrote it.
 * A mailed reply names its clock change (`slaChange`): its sender may have no account to judge by.
 */
export async function followUpPublicComment(
  tx: DbOrTx,
  options: {
    request: CommentedRequest;
    event: TimelineEventRow;
    actor: Actor | ChangeAuthor;
    slaChange?: SlaChange;
    mail?: MailSettings;
    now: Date;
  },
): Promise<void> {
  const { request, event, actor, now } = options;
  const change = options.slaChange ?? ('role' in actor ? slaChangeOf(actor, request) : null);
  if (change) await refreshSlaClocks(tx, { requestId: request.id, change, now });
  await queueJiraComment(tx, { requestId: request.id, eventId: event.id });
  if (options.mail) await notifyRequestEvents(tx, { settings: options.mail, actor, events: [event], now });
}
