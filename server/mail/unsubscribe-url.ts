import type { EmailKind } from '../../shared/mail-schemas.ts';
import { appBaseUrl, type MailSettings } from './mail-settings.ts';
import { signUnsubscribeToken } from './unsubscribe-token.ts';

/** The one-click link (and `List-Unsubscribe` target) that turns one kind of mail off for one user. */
export function unsubscribeUrl(settings: MailSettings, secret: string, userId: string, kind: EmailKind): string {
  return `${appBaseUrl(settings)}/api/unsubscribe?token=${encodeURIComponent(signUnsubscribeToken(secret, { userId, kind }))}`;
}

/** Where a person changes their notification settings. */
export function notificationSettingsUrl(settings: MailSettings): string {
  return `${appBaseUrl(settings)}/account/password#notifications`;
}
