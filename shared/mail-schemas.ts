import { z } from 'zod';

/** What a person can be e-mailed about; each has its own preference. */
export const NOTIFICATION_KINDS = [
  'request_comment',
  'request_assigned',
  'request_escalated',
  'request_resolved',
  'topic_reply',
  'sla_alert',
  'critical_page',
  'request_deferred',
  'release_shipped',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const ZNotificationKind = z.enum(NOTIFICATION_KINDS);

/** One mail per event, the day's events in one mail at 07:00 UTC, or nothing. */
export const DELIVERY_MODES = ['immediate', 'daily_digest', 'off'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
export const ZDeliveryMode = z.enum(DELIVERY_MODES);

/**
 * `notice`: downtime and training notices, which nobody opts out of (the cascade needs them).
 * `integration_alert`: an integration (Jira) stopped working; sent to admins, no preference or unsubscribe.
 * `acknowledgement`: the automatic reply to someone whose mail opened a request (`Auto-Submitted: auto-replied`).
 */
export const EMAIL_KINDS = [...NOTIFICATION_KINDS, 'digest', 'notice', 'integration_alert', 'acknowledgement'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const EMAIL_STATUSES = ['queued', 'sent', 'failed', 'suppressed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
export const ZEmailStatus = z.enum(EMAIL_STATUSES);

export const ZNotificationPreferences = z.object({
  preferences: z.record(ZNotificationKind, ZDeliveryMode),
});
export type TNotificationPreferences = z.infer<typeof ZNotificationPreferences>;

export const ZUpdateNotificationPreferences = z.object({
  preferences: z.partialRecord(ZNotificationKind, ZDeliveryMode),
});
export type TUpdateNotificationPreferences = z.infer<typeof ZUpdateNotificationPreferences>;

export const ZOutboxQuery = z.object({
  status: ZEmailStatus.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});
export type TOutboxQuery = z.infer<typeof ZOutboxQuery>;

export const ZOutboundEmailSummary = z.object({
  id: z.string(),
  recipient: z.string(),
  kind: z.enum(EMAIL_KINDS),
  locale: z.string(),
  subject: z.string(),
  status: ZEmailStatus,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  requestId: z.string().nullable(),
  requestReference: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TOutboundEmailSummary = z.infer<typeof ZOutboundEmailSummary>;

export const ZOutboundEmail = ZOutboundEmailSummary.extend({
  text: z.string(),
  messageId: z.string(),
  inReplyTo: z.string().nullable(),
  references: z.string().nullable(),
});
export type TOutboundEmail = z.infer<typeof ZOutboundEmail>;

export const ZOutboxList = z.object({
  items: z.array(ZOutboundEmailSummary),
  nextCursor: z.string().nullable(),
});
export type TOutboxList = z.infer<typeof ZOutboxList>;

export const isEmailKind = (value: string): value is EmailKind => (EMAIL_KINDS as readonly string[]).includes(value);
