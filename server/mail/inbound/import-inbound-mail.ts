import { and, eq, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Database, Transaction } from '../../db/client.ts';
import { helpRequests, inboundMessages, type mailboxes, sites, users } from '../../db/schema/index.ts';
import type { AttachmentStore } from '../../requests/attachment-storage.ts';
import { appendEvents } from '../../requests/timeline.ts';
import { type MailSettings, mailHost } from '../mail-settings.ts';
import { addMailReply } from './add-mail-reply.ts';
import { classifyInboundMail, type MailClass } from './classify-inbound-mail.ts';
import { createRequestFromMail, type MailRequest } from './create-request-from-mail.ts';
import { fileBounce } from './file-bounce.ts';
import { findRequestThread } from './find-request-thread.ts';
import { findSuppression } from './find-suppression.ts';
import { type InboundMail, parseInboundMail } from './parse-inbound-mail.ts';
import { prepareMailAttachments, type StoredMailAttachment } from './prepare-mail-attachments.ts';
import { queueAcknowledgement } from './queue-acknowledgement.ts';
import { routeMailToSite } from './route-mail-to-site.ts';

export type MailboxRow = typeof mailboxes.$inferSelect;
export type IntakeOutcome =
  | 'request_created'
  | 'comment_added'
  | 'reopened'
  | 'follow_up_created'
  | 'bounce'
  | 'auto_reply'
  | 'own_message'
  | 'unrouted'
  | 'duplicate';
export type IntakeResult = { outcome: IntakeOutcome; requestId: string | null };

type Step = { outcome: IntakeOutcome; requestId: string | null; eventId: number | null };
type Context = {
  tx: Transaction;
  mailbox: MailboxRow;
  mail: InboundMail;
  files: StoredMailAttachment[];
  problems: string[];
  host: string;
  settings: MailSettings;
  now: Date;
};

async function findSender(tx: Transaction, mail: InboundMail) {
  if (!mail.from) return null;
  const [user] = await tx
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = ${mail.from.address}`, eq(users.isActive, true)));
  return user ?? null;
}

async function acknowledge(context: Context, request: MailRequest, sender: Awaited<ReturnType<typeof findSender>>) {
  const to = context.mail.from?.address;
  if (!request.sendsAcknowledgement || !to) return;
  if (await findSuppression(context.tx, to)) return;
  await queueAcknowledgement(context.tx, {
    host: context.host,
    to,
    userId: sender?.id ?? null,
    request,
    siteName: request.siteName,
    inReplyTo: context.mail.messageId,
    now: context.now,
  });
}

async function fileFromPerson(context: Context): Promise<Step> {
  const { tx, mail, mailbox, now } = context;
  const sender = await findSender(tx, mail);
  const threadId = await findRequestThread(tx, mail, context.host);
  const common = { mailboxId: mailbox.id, mail, sender, files: context.files, problems: context.problems, now };
  if (threadId) {
    const [{ thread, closedReplyAction }] = await tx
      .select({ thread: helpRequests, closedReplyAction: sites.closedMailReplyAction })
      .from(helpRequests)
      .innerJoin(sites, eq(sites.id, helpRequests.siteId))
      .where(eq(helpRequests.id, threadId));
    const isClosed = thread.status === 'resolved' || thread.status === 'closed';
    // The request's own site decides, whichever mailbox the reply came through.
    if (!isClosed || closedReplyAction !== 'new_request') {
      const reply = await addMailReply(tx, { ...common, requestId: thread.id, settings: context.settings });
      return { outcome: reply.isReopened ? 'reopened' : 'comment_added', requestId: thread.id, eventId: reply.eventId };
    }
    const followUp = await createRequestFromMail(tx, {
      ...common,
      siteId: thread.siteId,
      followUpOf: { id: thread.id, reference: thread.reference },
    });
    if (!followUp) return { outcome: 'unrouted', requestId: null, eventId: null };
    await appendEvents(
      tx,
      [
        {
          requestId: thread.id,
          type: 'request_linked',
          actorId: null,
          data: { requestId: followUp.id, reference: followUp.reference, relation: 'follow_up' },
        },
      ],
      now,
    );
    await acknowledge(context, followUp, sender);
    return { outcome: 'follow_up_created', requestId: followUp.id, eventId: followUp.eventId };
  }
  const siteId = routeMailToSite(mailbox, mail.recipients);
  const created = siteId ? await createRequestFromMail(tx, { ...common, siteId }) : null;
  if (!created) return { outcome: 'unrouted', requestId: null, eventId: null };
  await acknowledge(context, created, sender);
  return { outcome: 'request_created', requestId: created.id, eventId: created.eventId };
}

async function act(context: Context, kind: MailClass['kind']): Promise<Step> {
  switch (kind) {
    case 'bounce': {
      const filed = await fileBounce(context.tx, { mail: context.mail, now: context.now });
      return { outcome: 'bounce', ...filed };
    }
    case 'own_message':
    case 'auto_reply':
      return { outcome: kind, requestId: null, eventId: null };
    case 'person':
      return fileFromPerson(context);
  }
}

/**
 * One message from a mailbox, exactly once: it is recorded under its Message-ID (or content hash)
 * in the same transaction as the request, comment or bounce it causes, and only afterwards does
 * the caller flag it in the mailbox. Reading it again (a crash before the flag) finds the record
 * and changes nothing. Bad input never throws: what could not be read is noted on the request.
 */
export async function importInboundMail(options: {
  db: Database;
  store: AttachmentStore;
  config: Pick<Config, 'publicUrl' | 'port' | 'maxAttachmentBytes' | 'secretKey'>;
  mailbox: MailboxRow;
  raw: Buffer;
  isTruncated?: boolean;
  now?: Date;
}): Promise<IntakeResult> {
  const { db, mailbox } = options;
  const now = options.now ?? new Date();
  const host = mailHost(options.config);
  const mail = await parseInboundMail(options.raw, { isTruncated: options.isTruncated });
  const isKnown = async () =>
    (
      await db
        .select({ id: inboundMessages.id })
        .from(inboundMessages)
        .where(and(eq(inboundMessages.mailboxId, mailbox.id), eq(inboundMessages.messageKey, mail.messageKey)))
    ).length > 0;
  if (await isKnown()) return { outcome: 'duplicate', requestId: null };
  const classified = classifyInboundMail(mail, host);
  const prepared =
    classified.kind === 'person'
      ? await prepareMailAttachments(options.store, mail.attachments, options.config.maxAttachmentBytes)
      : { stored: [], problems: [] };
  const problems = [...mail.problems, ...prepared.problems];
  return db.transaction(async (tx) => {
    const [record] = await tx
      .insert(inboundMessages)
      .values({
        mailboxId: mailbox.id,
        messageKey: mail.messageKey,
        messageId: mail.messageId,
        outcome: 'pending',
        subject: mail.subject.slice(0, 500),
        fromAddress: mail.from?.address ?? null,
        problems,
        receivedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: inboundMessages.id });
    // Another node recorded it between our check and this insert.
    if (!record) return { outcome: 'duplicate' as const, requestId: null };
    const settings = options.config;
    const step = await act({ tx, mailbox, mail, files: prepared.stored, problems, host, settings, now }, classified.kind);
    await tx
      .update(inboundMessages)
      .set({ outcome: step.outcome, requestId: step.requestId, timelineEventId: step.eventId })
      .where(eq(inboundMessages.id, record.id));
    return { outcome: step.outcome, requestId: step.requestId };
  });
}
