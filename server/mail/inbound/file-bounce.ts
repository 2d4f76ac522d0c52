import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/client.ts';
import { emailSuppressions, outboundEmails } from '../../db/schema/index.ts';
import { appendEvents } from '../../requests/timeline.ts';
import type { InboundMail } from './parse-inbound-mail.ts';

const ANY_MESSAGE_ID = /<[^<>\s@]+@[^<>\s]+>/g;

function field(text: string, name: string): string | null {
  const match = new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(text);
  return match ? match[1].trim() : null;
}

/** The failing recipient and the server's words, from the report's delivery-status part. */
function readReport(text: string): { recipient: string | null; reason: string | null } {
  const finalRecipient = field(text, 'Final-Recipient') ?? field(text, 'Original-Recipient');
  const recipient =
    finalRecipient
      ?.replace(/^rfc822\s*;\s*/i, '')
      .replace(/[<>]/g, '')
      .trim()
      .toLowerCase() || null;
  const reason = [field(text, 'Status'), field(text, 'Diagnostic-Code')].filter(Boolean).join(' ') || null;
  return { recipient, reason };
}

/**
 * A bounce: finds the mail of ours it reports on (any of our Message-IDs quoted in it), marks
 * that mail failed, files the report on its request's timeline (internal: it names an address),
 * and adds the failing address to the suppressions outbound mail respects.
 */
export async function fileBounce(
  tx: Transaction,
  options: { mail: InboundMail; now: Date },
): Promise<{ requestId: string | null; eventId: number | null }> {
  const { mail, now } = options;
  const quoted = [...new Set(mail.rawText.match(ANY_MESSAGE_ID) ?? [])].filter((id) => id !== mail.messageId).slice(0, 100);
  const sent = quoted.length > 0 ? await tx.select().from(outboundEmails).where(inArray(outboundEmails.messageId, quoted)) : [];
  const report = readReport(mail.rawText);
  const email = sent.find((row) => row.recipient.toLowerCase() === report.recipient) ?? sent[0];
  const recipient = report.recipient ?? email?.recipient.toLowerCase() ?? null;
  const reason = report.reason ?? (mail.subject || 'Delivery failed');
  if (recipient) {
    await tx
      .insert(emailSuppressions)
      .values({ address: recipient, reason: reason.slice(0, 1000), requestId: email?.requestId ?? null, createdAt: now })
      .onConflictDoNothing();
  }
  if (email) {
    await tx
      .update(outboundEmails)
      .set({ status: 'failed', lastError: `Bounced: ${reason}`.slice(0, 1000) })
      .where(and(eq(outboundEmails.id, email.id)));
  }
  if (!email?.requestId) return { requestId: null, eventId: null };
  const [event] = await appendEvents(
    tx,
    [
      {
        requestId: email.requestId,
        type: 'email_bounced',
        actorId: null,
        isInternal: true,
        data: { emailId: email.id, recipient, error: reason, messageId: email.messageId },
      },
    ],
    now,
  );
  return { requestId: email.requestId, eventId: event.id };
}
