import { eq, sql } from 'drizzle-orm';
import type { SendMailOptions } from 'nodemailer';
import { isEmailKind } from '../../shared/mail-schemas.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { outboundEmails } from '../db/schema/index.ts';
import { PermanentJobError } from '../jobs/job-worker.ts';
import { appendEvents } from '../requests/timeline.ts';
import { findSuppression } from './inbound/find-suppression.ts';
import { ACKNOWLEDGEMENT_KIND } from './inbound/queue-acknowledgement.ts';
import type { MailTransport } from './mail-transport.ts';
import { outboxFileName } from './outbox-file-name.ts';
import { loadSecretKey } from './secret-key.ts';
import { classifySmtpFailure } from './smtp-failure.ts';
import { unsubscribeUrl } from './unsubscribe-url.ts';

type EmailRow = typeof outboundEmails.$inferSelect;
export type SendEmailConfig = Pick<Config, 'publicUrl' | 'port' | 'secretKey' | 'mailFrom'>;

async function messageFor(db: Database, config: SendEmailConfig, email: EmailRow): Promise<SendMailOptions> {
  const headers: Record<string, string> = {
    // RFC 3834: a notification, not a person; auto-responders must not answer it. An
    // acknowledgement answers a person's mail, so it is an automatic reply.
    'Auto-Submitted': email.kind === ACKNOWLEDGEMENT_KIND ? 'auto-replied' : 'auto-generated',
    'X-Auto-Response-Suppress': 'OOF, AutoReply',
  };
  // Notices carry no unsubscribe link: nobody opts out of downtime warnings for their own site.
  if (email.userId && isEmailKind(email.kind) && email.kind !== 'notice') {
    const url = unsubscribeUrl(config, await loadSecretKey(db, config), email.userId, email.kind);
    headers['List-Unsubscribe'] = `<${url}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  return {
    from: config.mailFrom,
    to: email.recipient,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: email.messageId,
    inReplyTo: email.inReplyTo ?? undefined,
    references: email.references ?? undefined,
    headers,
  };
}

async function record(
  db: Database,
  email: EmailRow,
  outcome: { status: 'sent' | 'failed' | 'queued'; error: string | null; at: Date },
) {
  await db.transaction(async (tx) => {
    await tx
      .update(outboundEmails)
      .set({
        status: outcome.status,
        attempts: sql`${outboundEmails.attempts} + 1`,
        lastError: outcome.error,
        ...(outcome.status === 'sent' ? { sentAt: outcome.at } : {}),
      })
      .where(eq(outboundEmails.id, email.id));
    if (!email.requestId || outcome.status === 'queued') return;
    // The address is on the event, so only staff see it (internal).
    await appendEvents(
      tx,
      [
        {
          requestId: email.requestId,
          type: outcome.status === 'sent' ? 'notification_sent' : 'notification_failed',
          actorId: null,
          isInternal: true,
          data: {
            emailId: email.id,
            kind: email.kind,
            recipient: email.recipient,
            messageId: email.messageId,
            ...(outcome.error ? { error: outcome.error } : {}),
          },
        },
      ],
      outcome.at,
    );
  });
}

/**
 * The `email.send` job: delivers one queued mail and records the outcome on the mail and its
 * request's timeline. A 4xx reply or a network error is thrown so the job retries with backoff;
 * a 5xx reply (or the last attempt) marks the mail failed with the server's reason, for good.
 */
export async function sendEmail(options: {
  db: Database;
  transport: MailTransport;
  config: SendEmailConfig;
  emailId: string;
  isLastAttempt: boolean;
  now?: () => Date;
}): Promise<void> {
  const { db, transport } = options;
  const now = options.now ?? (() => new Date());
  const [email] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, options.emailId));
  // Sent already (a job that ran twice), suppressed, or retried by hand under a new job: nothing to do.
  if (email?.status !== 'queued') return;
  const suppression = await findSuppression(db, email.recipient);
  if (suppression) {
    // The address bounced before: keep the mail (the outbox shows it) but never send it.
    await db
      .update(outboundEmails)
      .set({
        status: 'suppressed',
        lastError: `Not sent: ${email.recipient} bounced earlier (${suppression.reason})`.slice(0, 1000),
      })
      .where(eq(outboundEmails.id, email.id));
    return;
  }
  try {
    await transport.send(await messageFor(db, options.config, email), outboxFileName(email));
  } catch (error) {
    const failure = classifySmtpFailure(error);
    if (failure.isPermanent || options.isLastAttempt) {
      await record(db, email, { status: 'failed', error: failure.reason, at: now() });
      throw new PermanentJobError(failure.reason);
    }
    await record(db, email, { status: 'queued', error: failure.reason, at: now() });
    throw new Error(failure.reason);
  }
  await record(db, email, { status: 'sent', error: null, at: now() });
}
