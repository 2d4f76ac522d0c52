import { MODULE_LABELS, type ModuleCode } from '../../shared/constants.ts';
import type { NotificationMessageKey } from '../../shared/notification-messages.ts';
import type { DbOrTx } from '../db/client.ts';
import { notifications } from '../db/schema/index.ts';
import { loadRequestForMail } from '../mail/load-request-for-mail.ts';
import type { MailLocale } from '../mail/mail-locale.ts';
import { createMailRedactor } from '../mail/mail-redactor.ts';
import { appBaseUrl, type MailSettings, mailHost } from '../mail/mail-settings.ts';
import { queueNotification } from '../mail/queue-notification.ts';
import { reporterRecipients } from '../mail/request-recipients.ts';
import type { MailContent } from '../mail/templates/mail-content.ts';
import type { RequestMailData } from '../mail/templates/request-mail-data.ts';
import { staffEmailDomains } from '../users/staff-email-domains.ts';

export type ReporterNotice = {
  /** The timeline event the notice is about: it names the mail's Message-ID. */
  eventId: number;
  type: 'release_shipped' | 'request_deferred' | 'request_merged';
  title: (reference: string) => string;
  /** Fill the type's message key (see MESSAGE_KEYS), with the request's reference. */
  messageParams: Record<string, string>;
  data: Record<string, unknown>;
  compose: (locale: MailLocale, request: RequestMailData, redact: (text: string) => string) => MailContent;
};

const MESSAGE_KEYS = {
  release_shipped: 'releases.notifications.release_shipped',
  request_deferred: 'releases.notifications.request_deferred',
  request_merged: 'consolidation.notifications.request_merged',
} as const satisfies Record<ReporterNotice['type'], NotificationMessageKey>;

// A merge closes the reporter's request as a duplicate, so it goes under "my requests resolved".
const MAIL_KINDS = {
  release_shipped: 'release_shipped',
  request_deferred: 'request_deferred',
  request_merged: 'request_resolved',
} as const satisfies Record<ReporterNotice['type'], string>;

export const moduleLabel = (module: string) => MODULE_LABELS[module as ModuleCode] ?? module;

/**
 * Tells a request's reporter, in the caller's transaction: an in-app notification when they have
 * an account, and a mail in their language (their account's, or the request's for a contact
 * address) under the preference of its kind (see MAIL_KINDS). Never the person who made the change.
 */
export async function notifyReporter(
  tx: DbOrTx,
  options: { settings: MailSettings | undefined; requestId: string; actorId: string | null; notice: ReporterNotice; now: Date },
): Promise<void> {
  const { settings, notice, now } = options;
  const request = await loadRequestForMail(tx, options.requestId);
  if (!request) return;
  const link = `/requests/${encodeURIComponent(request.reference)}`;
  const recipients = (await reporterRecipients(tx, request)).filter((r) => !r.userId || r.userId !== options.actorId);
  for (const recipient of recipients) {
    let notificationId: string | null = null;
    if (recipient.userId) {
      const [row] = await tx
        .insert(notifications)
        .values({
          userId: recipient.userId,
          type: notice.type,
          title: notice.title(request.reference),
          messageKey: MESSAGE_KEYS[notice.type],
          messageParams: { ...notice.messageParams, reference: request.reference },
          link,
          data: { ...notice.data, requestId: request.id, reference: request.reference },
          createdAt: now,
        })
        .returning({ id: notifications.id });
      notificationId = row.id;
    }
    if (!settings) continue;
    const redactor = createMailRedactor(recipient.locale, await staffEmailDomains(tx));
    const host = mailHost(settings);
    const data = {
      reference: request.reference,
      summary: redactor.redact(request.summary),
      url: `${appBaseUrl(settings)}${link}`,
    };
    await queueNotification(tx, {
      settings,
      recipient,
      kind: MAIL_KINDS[notice.type],
      content: notice.compose(recipient.locale, data, redactor.redact),
      isRedacted: redactor.isRedacted(),
      messageId: `<event-${notice.eventId}@${host}>`,
      threadRoot: `<request-${request.id}@${host}>`,
      requestId: request.id,
      timelineEventId: notice.eventId,
      notificationId,
      now,
    });
  }
}
