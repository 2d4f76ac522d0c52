import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { helpRequests, inboundMessages, outboundEmails, timelineEvents } from '../../db/schema/index.ts';
import { isUuid } from '../is-uuid.ts';

const REFERENCE_TOKEN = /\[([A-Z][A-Z0-9]{1,15}-\d{1,9})\]/i;
const OUR_THREAD_ID = /^<(request|event)-([^@>]+)@([^>]+)>$/i;

/** The `[SLE-0042]` reference in a subject, upper-cased, or null. */
export function referenceInSubject(subject: string): string | null {
  return REFERENCE_TOKEN.exec(subject)?.[1].toUpperCase() ?? null;
}

async function byMessageIds(tx: DbOrTx, ids: string[], host: string): Promise<string | null> {
  // Newest reference first: the message it answers directly is the best clue.
  for (const id of [...ids].reverse()) {
    const ours = OUR_THREAD_ID.exec(id);
    if (ours && ours[3].toLowerCase() === host.toLowerCase()) {
      const [kind, value] = [ours[1].toLowerCase(), ours[2]];
      if (kind === 'request' && isUuid(value)) {
        const [row] = await tx.select({ id: helpRequests.id }).from(helpRequests).where(eq(helpRequests.id, value));
        if (row) return row.id;
      }
      if (kind === 'event' && /^\d{1,15}$/.test(value)) {
        const [row] = await tx
          .select({ id: timelineEvents.requestId })
          .from(timelineEvents)
          .where(eq(timelineEvents.id, Number(value)));
        if (row) return row.id;
      }
    }
  }
  if (ids.length === 0) return null;
  const [sent] = await tx
    .select({ requestId: outboundEmails.requestId })
    .from(outboundEmails)
    .where(and(inArray(outboundEmails.messageId, ids), isNotNull(outboundEmails.requestId)))
    .limit(1);
  if (sent?.requestId) return sent.requestId;
  const [received] = await tx
    .select({ requestId: inboundMessages.requestId })
    .from(inboundMessages)
    .where(and(inArray(inboundMessages.messageId, ids), isNotNull(inboundMessages.requestId)))
    .limit(1);
  return received?.requestId ?? null;
}

/**
 * The request a reply belongs to: the reference token in the subject first, then In-Reply-To and
 * References against the Message-IDs we sent (`<event-…>`, `<request-…>`, any outbound mail) or
 * received earlier for a request.
 */
export async function findRequestThread(
  tx: DbOrTx,
  mail: { subject: string; inReplyTo: string[]; references: string[] },
  host: string,
): Promise<string | null> {
  const reference = referenceInSubject(mail.subject);
  if (reference) {
    const [row] = await tx.select({ id: helpRequests.id }).from(helpRequests).where(eq(helpRequests.reference, reference));
    if (row) return row.id;
  }
  return byMessageIds(tx, [...new Set([...mail.references, ...mail.inReplyTo])].slice(-50), host);
}
