import { eq } from 'drizzle-orm';
import type { ModuleCode } from '../../../shared/constants.ts';
import type { Database, Transaction } from '../../db/client.ts';
import { sites, type users } from '../../db/schema/index.ts';
import { createRequest } from '../../requests/create-request.ts';
import { appendEvents } from '../../requests/timeline.ts';
import { insertMailAttachments } from './insert-mail-attachments.ts';
import { clip } from './mail-body-text.ts';
import { mailIntakeActor } from './mail-intake-actor.ts';
import type { InboundMail } from './parse-inbound-mail.ts';
import type { StoredMailAttachment } from './prepare-mail-attachments.ts';

type UserRow = typeof users.$inferSelect;
export type MailRequest = {
  id: string;
  reference: string;
  summary: string;
  language: string;
  siteName: string;
  /** The site's setting: acknowledge the sender with an automatic reply. */
  sendsAcknowledgement: boolean;
  eventId: number | null;
};

const REPLY_PREFIX = /^((re|fw|fwd|tr|rv|aw|wg|res|enc|رد)\s*(\[\d+\])?\s*:\s*)+/i;

const REFERENCE_TOKENS = /\[[A-Z][A-Z0-9]{1,15}-\d{1,9}\]\s*/gi;

/** The subject as a summary: without Re:/Fwd: prefixes and [SLE-0042] tokens, never empty, at most 200 characters. */
export function summaryFromSubject(subject: string): string {
  const summary = subject.replace(REPLY_PREFIX, '').replace(REFERENCE_TOKENS, '').trim() || '(no subject)';
  return summary.length > 200 ? `${summary.slice(0, 199)}…` : summary;
}

/**
 * A new request from a message, in the intake's transaction: channel `email`, the sender as
 * reporter (their account, or name + address), the accepted attachments, and every problem
 * met while reading the message noted on its timeline. Null when the site takes no requests.
 */
export async function createRequestFromMail(
  tx: Transaction,
  options: {
    mailboxId: string;
    mail: InboundMail;
    siteId: string;
    sender: UserRow | null;
    files: StoredMailAttachment[];
    problems: string[];
    followUpOf?: { id: string; reference: string };
    now: Date;
  },
): Promise<MailRequest | null> {
  const { mail, sender, now } = options;
  const [site] = await tx.select().from(sites).where(eq(sites.id, options.siteId));
  const module = site?.modules[0] as ModuleCode | undefined;
  if (!site?.isActive || !module) return null;
  const fromAddress = mail.from?.address ?? '';
  const intro = options.followUpOf ? `Follow-up to ${options.followUpOf.reference} (a reply after it was closed).\n\n` : '';
  const created = await createRequest({
    // A transaction is a database for createRequest, which runs one statement.
    db: tx as unknown as Database,
    actor: mailIntakeActor(sender),
    input: {
      siteId: site.id,
      module,
      channel: 'email',
      summary: summaryFromSubject(mail.subject),
      description: clip(`${intro}${mail.text.trim()}`),
      ...(sender
        ? {}
        : {
            reporterName: (mail.from?.name || fromAddress || 'Unknown sender').slice(0, 200),
            reporterContact: fromAddress.slice(0, 200),
          }),
    },
    source: { via: 'email', mailboxId: options.mailboxId, ...(mail.messageId ? { messageId: mail.messageId } : {}) },
    recordedById: sender?.id ?? null,
    now,
  });
  await insertMailAttachments(tx, { requestId: created.id, uploadedById: sender?.id ?? null, files: options.files, now });
  const events = await appendEvents(
    tx,
    [
      ...(options.followUpOf
        ? [
            {
              requestId: created.id,
              type: 'request_linked' as const,
              actorId: null,
              data: { requestId: options.followUpOf.id, reference: options.followUpOf.reference, relation: 'follow_up_of' },
            },
          ]
        : []),
      ...(options.problems.length > 0
        ? [{ requestId: created.id, type: 'email_problem' as const, actorId: null, data: { problems: options.problems } }]
        : []),
    ],
    now,
  );
  return {
    id: created.id,
    reference: created.reference,
    summary: created.summary,
    language: site.languages[0] ?? 'en',
    siteName: site.name,
    sendsAcknowledgement: site.sendsMailAcknowledgement,
    eventId: events[0]?.id ?? null,
  };
}
