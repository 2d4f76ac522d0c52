import type { EmailKind, EmailStatus, TOutboundEmail, TOutboundEmailSummary } from '../../shared/mail-schemas.ts';
import type { outboundEmails } from '../db/schema/index.ts';

type EmailRow = typeof outboundEmails.$inferSelect;

export function presentOutboundEmailSummary(row: EmailRow, requestReference: string | null): TOutboundEmailSummary {
  return {
    id: row.id,
    recipient: row.recipient,
    kind: row.kind as EmailKind,
    locale: row.locale,
    subject: row.subject,
    status: row.status as EmailStatus,
    attempts: row.attempts,
    lastError: row.lastError,
    requestId: row.requestId,
    requestReference,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** One mail with its text body and threading headers, for the outbox page. */
export function presentOutboundEmail(row: EmailRow, requestReference: string | null): TOutboundEmail {
  return {
    ...presentOutboundEmailSummary(row, requestReference),
    text: row.text,
    messageId: row.messageId,
    inReplyTo: row.inReplyTo,
    references: row.references,
  };
}
