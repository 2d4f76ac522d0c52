import type { TFunction } from 'i18next';
import type { TNotification } from '../../../../shared/community-schemas.ts';
import { isNotificationMessageKey } from '../../../../shared/notification-messages.ts';
import { SLA_CLOCKS, type SlaClock } from '../../../../shared/sla-schemas.ts';
import { formatDateTime } from '../../lib/format.ts';

const text = (data: Record<string, unknown>, key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
const isSlaClock = (value: unknown): value is SlaClock => (SLA_CLOCKS as readonly unknown[]).includes(value);

/** Params as the reader reads them: a clock by its name, an instant in their language and time. */
function localParams(t: TFunction, language: string, params: Record<string, string | number>) {
  const local: Record<string, string | number> = { ...params };
  if (isSlaClock(params.clock)) local.clock = t(`sla.clocks.${params.clock}`);
  if (typeof params.dueAt === 'string') local.dueAt = formatDateTime(params.dueAt, language);
  return local;
}

/**
 * A notification's title in the reader's language: its message key when the client knows it,
 * the type-based strings of rows stored before keys, and the stored English title otherwise.
 */
export function notificationTitle(t: TFunction, language: string, notification: TNotification): string {
  const { data, messageKey, messageParams } = notification;
  if (isNotificationMessageKey(messageKey)) return t(messageKey, localParams(t, language, messageParams ?? {}));
  if (notification.type === 'topic_reply') {
    return t('community.notifications.topicReply', { name: text(data, 'actorName'), title: text(data, 'topicTitle') });
  }
  if (notification.type === 'release_shipped' || notification.type === 'request_deferred') {
    return t(`releases.notifications.${notification.type}`, {
      reference: text(data, 'reference'),
      version: text(data, 'version'),
    });
  }
  if (notification.type === 'request_comment') {
    return t('mail.notifications.request_comment', { name: text(data, 'actorName'), reference: text(data, 'reference') });
  }
  return notification.title;
}
