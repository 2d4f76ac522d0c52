import type { EmailKind } from '../../../shared/mail-schemas.ts';
import type { DbOrTx } from '../../db/client.ts';
import { outboundEmails } from '../../db/schema/index.ts';
import { enqueueJob } from '../../jobs/enqueue-job.ts';
import { SEND_EMAIL_JOB } from '../mail-job-names.ts';
import { toMailLocale } from '../mail-locale.ts';
import { acknowledgementMail } from './acknowledgement-mail.ts';

/** The kind of outbound mail an acknowledgement is; `send-email` marks it `Auto-Submitted: auto-replied`. */
export const ACKNOWLEDGEMENT_KIND: EmailKind = 'acknowledgement';

/**
 * Queues the acknowledgement of a new request through the outbound pipeline, in the intake's
 * transaction, threaded to the reporter's message and to the request's thread root.
 */
export async function queueAcknowledgement(
  tx: DbOrTx,
  options: {
    host: string;
    to: string;
    userId: string | null;
    request: { id: string; reference: string; summary: string; language: string };
    siteName: string;
    inReplyTo: string | null;
    now: Date;
  },
): Promise<void> {
  const { request } = options;
  const locale = toMailLocale(request.language);
  const mail = acknowledgementMail(locale, {
    reference: request.reference,
    summary: request.summary,
    siteName: options.siteName,
  });
  const threadRoot = `<request-${request.id}@${options.host}>`;
  const [row] = await tx
    .insert(outboundEmails)
    .values({
      recipient: options.to,
      userId: options.userId,
      locale,
      kind: ACKNOWLEDGEMENT_KIND,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<ack-${request.id}@${options.host}>`,
      inReplyTo: options.inReplyTo ?? threadRoot,
      references: [threadRoot, options.inReplyTo].filter(Boolean).join(' '),
      requestId: request.id,
      status: 'queued',
      createdAt: options.now,
    })
    .returning({ id: outboundEmails.id });
  await enqueueJob(tx, SEND_EMAIL_JOB, { emailId: row.id });
}
