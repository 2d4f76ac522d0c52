/**
 * In-app notification titles the web client renders in the reader's language: the key names a
 * string in its locale files, the params fill it. The stored English title stays as the fallback.
 */
export const NOTIFICATION_MESSAGE_KEYS = [
  'sla.notifications.warning',
  'sla.notifications.breach',
  'sla.notifications.critical_page',
  'releases.notifications.release_shipped',
  'releases.notifications.request_deferred',
  'consolidation.notifications.request_merged',
  'community.notifications.topicReply',
  'jira.notifications.syncStopped',
] as const;
export type NotificationMessageKey = (typeof NOTIFICATION_MESSAGE_KEYS)[number];
export type NotificationMessage = { key: NotificationMessageKey; params: Record<string, string | number> };

export const isNotificationMessageKey = (value: unknown): value is NotificationMessageKey =>
  (NOTIFICATION_MESSAGE_KEYS as readonly unknown[]).includes(value);
