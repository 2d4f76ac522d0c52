/** The inbound mail API contract (shared/inbound-mail-schemas.ts), re-exported for the web client. */

export type {
  MailboxSecurity,
  TMailbox,
  TMailboxConnectionResult,
  TMailboxConnectionTest,
  TMailboxInput,
  TMailboxSiteRule,
  TMailboxUpdate,
} from '../../../shared/inbound-mail-schemas.ts';
export { MAILBOX_SECURITIES } from '../../../shared/inbound-mail-schemas.ts';
