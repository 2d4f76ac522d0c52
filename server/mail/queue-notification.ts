import type { NotificationKind } from '../../shared/mail-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { emailDigestItems, outboundEmails } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { loadDeliveryMode } from './delivery-mode.ts';
import { DAILY_DIGEST_JOB, SEND_EMAIL_JOB } from './mail-job-names.ts';
import type { MailRecipient } from './mail-recipient.ts';
import type { MailSettings } from './mail-settings.ts';
import { nextDigestTime } from './next-digest-time.ts';
import { renderEmail } from './render-email.ts';
import { loadSecretKey } from './secret-key.ts';
import type { MailContent } from './templates/mail-content.ts';

export type QueuedNotification = { outcome: 'queued' | 'suppressed' | 'digest' | 'duplicate'; emailId: string | null };

/**
 * One notification to one person, in the caller's transaction, as their preference says: a mail
 * row and its `email.send` job (`immediate`), a line for tomorrow's digest (`daily_digest`), or a
 * `suppressed` row that shows in the outbox but is never sent (`off`).
 */
export async function queueNotification(
  tx: DbOrTx,
  options: {
    settings: MailSettings;
    recipient: MailRecipient;
    kind: NotificationKind;
    content: MailContent;
    isRedacted: boolean;
    /** `<event-42@host>`: stable per event, so a mail client (and the inbound side) knows it. */
    messageId: string;
    /** The thread every mail about the same request or topic refers to. */
    threadRoot: string | null;
    requestId: string | null;
    timelineEventId: number | null;
    notificationId: string | null;
    now: Date;
  },
): Promise<QueuedNotification> {
  const { recipient, kind, content, now } = options;
  const mode = recipient.userId ? await loadDeliveryMode(tx, recipient.userId, kind) : 'immediate';
  if (mode === 'daily_digest' && recipient.userId) {
    await tx.insert(emailDigestItems).values({
      userId: recipient.userId,
      kind,
      title: content.subject,
      link: content.action.url,
      requestId: options.requestId,
      createdAt: now,
    });
    const runAt = nextDigestTime(now);
    // One digest job per person and day; notifications arriving while it runs wait for the next one.
    const key = `digest:${recipient.userId}:${runAt.toISOString().slice(0, 10)}`;
    await enqueueJob(tx, DAILY_DIGEST_JOB, { userId: recipient.userId }, { runAt, singletonKey: key });
    return { outcome: 'digest', emailId: null };
  }
  const secret = await loadSecretKey(tx, options.settings);
  const rendered = renderEmail({ settings: options.settings, secret, recipient, kind, content, isRedacted: options.isRedacted });
  const status = mode === 'off' ? 'suppressed' : 'queued';
  const [row] = await tx
    .insert(outboundEmails)
    .values({
      recipient: recipient.email,
      userId: recipient.userId,
      locale: recipient.locale,
      kind,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      messageId: options.messageId,
      inReplyTo: options.threadRoot,
      references: options.threadRoot,
      requestId: options.requestId,
      timelineEventId: options.timelineEventId,
      notificationId: options.notificationId,
      status,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: outboundEmails.id });
  if (!row) return { outcome: 'duplicate', emailId: null };
  if (status === 'queued') await enqueueJob(tx, SEND_EMAIL_JOB, { emailId: row.id });
  return { outcome: status, emailId: row.id };
}
