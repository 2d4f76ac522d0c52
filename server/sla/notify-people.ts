import type { NotificationKind } from '../../shared/mail-schemas.ts';
import type { NotificationMessage } from '../../shared/notification-messages.ts';
import type { DbOrTx } from '../db/client.ts';
import { notifications, type users } from '../db/schema/index.ts';
import { type MailLocale, toMailLocale } from '../mail/mail-locale.ts';
import { createMailRedactor } from '../mail/mail-redactor.ts';
import { appBaseUrl, type MailSettings, mailHost } from '../mail/mail-settings.ts';
import { queueNotification } from '../mail/queue-notification.ts';
import type { MailContent } from '../mail/templates/mail-content.ts';
import type { RequestMailData } from '../mail/templates/request-mail-data.ts';
import { staffEmailDomains } from '../users/staff-email-domains.ts';

type UserRow = typeof users.$inferSelect;

/**
 * One in-app notification and (with mail settings) one mail to each person about a request, in
 * the caller's transaction. `key` makes each mail's Message-ID, so a mail is never composed twice.
 */
export async function notifyPeopleAboutRequest(
  tx: DbOrTx,
  options: {
    settings?: MailSettings;
    people: UserRow[];
    request: { id: string; reference: string; summary: string };
    kind: NotificationKind;
    title: string;
    message: NotificationMessage;
    data: Record<string, unknown>;
    compose: (locale: MailLocale, data: RequestMailData) => MailContent;
    key: string;
    timelineEventId: number | null;
    now: Date;
  },
): Promise<void> {
  const { settings, request, now } = options;
  if (options.people.length === 0) return;
  await tx.insert(notifications).values(
    options.people.map((person) => ({
      userId: person.id,
      type: options.kind,
      title: options.title,
      messageKey: options.message.key,
      messageParams: options.message.params,
      link: `/requests/${encodeURIComponent(request.reference)}`,
      data: { ...options.data, requestId: request.id, reference: request.reference },
      createdAt: now,
    })),
  );
  if (!settings) return;
  const host = mailHost(settings);
  const url = `${appBaseUrl(settings)}/requests/${encodeURIComponent(request.reference)}`;
  const domains = await staffEmailDomains(tx);
  for (const person of options.people) {
    const locale = toMailLocale(person.locale);
    const redactor = createMailRedactor(locale, domains);
    const content = options.compose(locale, { reference: request.reference, summary: redactor.redact(request.summary), url });
    await queueNotification(tx, {
      settings,
      recipient: { userId: person.id, email: person.email, locale },
      kind: options.kind,
      content,
      isRedacted: redactor.isRedacted(),
      messageId: `<${options.key}-${person.id}@${host}>`,
      threadRoot: `<request-${request.id}@${host}>`,
      requestId: request.id,
      timelineEventId: options.timelineEventId,
      notificationId: null,
      now,
    });
  }
}
