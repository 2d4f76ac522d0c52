/** The mail API contract (shared/mail-schemas.ts), re-exported for the web client. */

export type {
  DeliveryMode,
  EmailKind,
  EmailStatus,
  NotificationKind,
  TNotificationPreferences,
  TOutboundEmail,
  TOutboundEmailSummary,
  TOutboxList,
} from '../../../shared/mail-schemas.ts';
export { DELIVERY_MODES, EMAIL_STATUSES, isEmailKind, NOTIFICATION_KINDS } from '../../../shared/mail-schemas.ts';
