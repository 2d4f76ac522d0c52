import type { DbOrTx } from '../db/client.ts';
import { notifications } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { staffEmailDomains } from '../users/staff-email-domains.ts';
import { loadRequestForMail } from './load-request-for-mail.ts';
import type { MailRecipient } from './mail-recipient.ts';
import { createMailRedactor } from './mail-redactor.ts';
import { appBaseUrl, type MailSettings, mailHost } from './mail-settings.ts';
import { planRequestMail, type TimelineEventRow } from './plan-request-mail.ts';
import { queueNotification } from './queue-notification.ts';

/**
 * Who made the change: a signed-in person, or someone without an account here (a reporter known
 * only by the address they mailed from, a developer commenting in Jira).
 */
export type ChangeAuthor = Pick<Actor, 'name'> & { id: string | null; email: string | null };

function othersOnce(recipients: MailRecipient[], actor: ChangeAuthor): MailRecipient[] {
  const seen = new Set(actor.email ? [actor.email.toLowerCase()] : []);
  return recipients.filter((recipient) => {
    const address = recipient.email.toLowerCase();
    if ((actor.id && recipient.userId === actor.id) || seen.has(address)) return false;
    seen.add(address);
    return true;
  });
}

/**
 * Mails the people a request change concerns (a public comment, or a vendor's comment mirrored
 * from Jira, to the reporter and the assignee,
 * an assignment to the assignee, an escalation to the new level, a resolution to the reporter),
 * never the person who made it; a comment also leaves each of them with an account an in-app
 * notification. Call it inside the change's transaction with the events it appended, whether
 * the change came from the web, an offline sync or a mailed reply.
 */
export async function notifyRequestEvents(
  tx: DbOrTx,
  options: { settings: MailSettings; actor: ChangeAuthor; events: TimelineEventRow[]; now: Date },
): Promise<void> {
  const { settings, actor, now } = options;
  const events = options.events.filter((event) => !event.isInternal);
  if (events.length === 0) return;
  const request = await loadRequestForMail(tx, events[0].requestId);
  if (!request) return;
  const host = mailHost(settings);
  const url = `${appBaseUrl(settings)}/requests/${encodeURIComponent(request.reference)}`;
  let domains: string[] | null = null;
  for (const event of events) {
    const plan = await planRequestMail(tx, request, event, actor.name);
    if (!plan) continue;
    for (const recipient of othersOnce(plan.recipients, actor)) {
      domains ??= await staffEmailDomains(tx);
      const redactor = createMailRedactor(recipient.locale, domains);
      const data = { reference: request.reference, summary: redactor.redact(request.summary), url };
      const content = plan.compose(recipient.locale, data, redactor.redact, recipient);
      const notificationId =
        plan.isInApp && recipient.userId
          ? await insertCommentNotification(tx, { userId: recipient.userId, kind: plan.kind, request, event, actor, now })
          : null;
      await queueNotification(tx, {
        settings,
        recipient,
        kind: plan.kind,
        content,
        isRedacted: redactor.isRedacted(),
        messageId: `<event-${event.id}@${host}>`,
        threadRoot: `<request-${request.id}@${host}>`,
        requestId: request.id,
        timelineEventId: event.id,
        notificationId,
        now,
      });
    }
  }
}

async function insertCommentNotification(
  tx: DbOrTx,
  options: {
    userId: string;
    kind: string;
    request: { id: string; reference: string; summary: string };
    event: TimelineEventRow;
    actor: ChangeAuthor;
    now: Date;
  },
): Promise<string> {
  const { request, actor } = options;
  const [row] = await tx
    .insert(notifications)
    .values({
      userId: options.userId,
      type: options.kind,
      title: `${actor.name} commented on ${request.reference}`,
      link: `/requests/${encodeURIComponent(request.reference)}`,
      data: { requestId: request.id, reference: request.reference, eventId: options.event.id, actorName: actor.name },
      createdAt: options.now,
    })
    .returning({ id: notifications.id });
  return row.id;
}
