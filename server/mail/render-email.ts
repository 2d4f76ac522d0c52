import type { EmailKind } from '../../shared/mail-schemas.ts';
import type { MailRecipient } from './mail-recipient.ts';
import type { MailSettings } from './mail-settings.ts';
import { type RenderedMail, renderLayout } from './templates/layout.ts';
import type { MailContent } from './templates/mail-content.ts';
import { notificationSettingsUrl, unsubscribeUrl } from './unsubscribe-url.ts';

/** A template's content in the shared layout, with the recipient's unsubscribe link when they have an account. */
export function renderEmail(options: {
  settings: MailSettings;
  secret: string;
  recipient: MailRecipient;
  kind: EmailKind;
  content: MailContent;
  isRedacted: boolean;
}): RenderedMail {
  const { settings, recipient, kind } = options;
  return renderLayout({
    locale: recipient.locale,
    content: options.content,
    isRedacted: options.isRedacted,
    footer: {
      kind,
      unsubscribeUrl: recipient.userId ? unsubscribeUrl(settings, options.secret, recipient.userId, kind) : null,
      settingsUrl: notificationSettingsUrl(settings),
    },
  });
}
