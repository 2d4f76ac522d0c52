/** The inbound mail API contract (shared/inbound-mail-schemas.ts), re-exported for the web client. */

export type {
  ClosedReplyAction,
  MailboxSecurity,
  TMailbox,
  TMailboxConnectionResult,
  TMailboxConnectionTest,
  TMailboxInput,
  TMailboxSiteRule,
  TMailboxUpdate,
} from '../../../shared/inbound-mail-schemas.ts';
export { CLOSED_REPLY_ACTIONS, MAILBOX_SECURITIES } from '../../../shared/inbound-mail-schemas.ts';
