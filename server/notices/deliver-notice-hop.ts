import { eq } from 'drizzle-orm';
import type { NoticeHop, NoticeRoundKind } from '../../shared/notice-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { noticeDeliveries, type notices, outboundEmails, type sites } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { SEND_EMAIL_JOB } from '../mail/mail-job-names.ts';
import { toMailLocale } from '../mail/mail-locale.ts';
import { createMailRedactor } from '../mail/mail-redactor.ts';
import { appBaseUrl, type MailSettings, mailHost } from '../mail/mail-settings.ts';
import { loadSecretKey } from '../mail/secret-key.ts';
import { renderLayout } from '../mail/templates/layout.ts';
import { noticeMail } from '../mail/templates/notice.ts';
import { notificationSettingsUrl } from '../mail/unsubscribe-url.ts';
import { staffEmailDomains } from '../users/staff-email-domains.ts';
import { signNoticeReceipt } from './notice-receipt-token.ts';
import type { NoticeRecipient } from './notice-recipients.ts';
import { pickNoticeVersion } from './notice-text.ts';

type NoticeRow = typeof notices.$inferSelect;
type SiteRow = typeof sites.$inferSelect;
export type NoticeRoundInfo = { round: number; kind: NoticeRoundKind; note: string | null };

/** The link in a notice mail: opens the notice (recording that) with a button to acknowledge it. */
export const noticeReceiptUrl = (settings: MailSettings, token: string) =>
  `${appBaseUrl(settings)}/notices/receipt?token=${encodeURIComponent(token)}`;

/** The mail for one delivery, in the recipient's language, with case-like text removed. */
export async function queueNoticeEmail(
  tx: DbOrTx,
  options: {
    settings: MailSettings;
    notice: NoticeRow;
    site: SiteRow;
    delivery: typeof noticeDeliveries.$inferSelect;
    roundInfo: NoticeRoundInfo;
    senderName: string | null;
    isReminder: boolean;
    now: Date;
  },
): Promise<string> {
  const { notice, site, delivery, settings } = options;
  const locale = toMailLocale(delivery.locale);
  const secret = await loadSecretKey(tx, settings);
  const redactor = createMailRedactor(locale, await staffEmailDomains(tx));
  const version = pickNoticeVersion(notice.versions, [delivery.locale, ...site.languages]);
  const content = noticeMail(locale, {
    type: notice.type as 'downtime' | 'training',
    roundKind: options.roundInfo.kind,
    hop: delivery.hop as NoticeHop,
    isReminder: options.isReminder,
    title: redactor.redact(version.title),
    body: redactor.redact(version.body),
    siteName: site.name,
    timeZone: site.timeZone,
    windowStart: notice.windowStart,
    windowEnd: notice.windowEnd,
    senderName: options.senderName,
    localWords: delivery.localWords ? redactor.redact(delivery.localWords) : null,
    changeNote: options.roundInfo.note ? redactor.redact(options.roundInfo.note) : null,
    url: noticeReceiptUrl(settings, signNoticeReceipt(secret, delivery.id)),
  });
  // No unsubscribe link: the cascade relies on every hop getting the notice.
  const rendered = renderLayout({
    locale,
    content,
    isRedacted: redactor.isRedacted(),
    footer: { kind: 'notice', unsubscribeUrl: null, settingsUrl: notificationSettingsUrl(settings) },
  });
  const suffix = options.isReminder ? `reminder-${options.now.getTime()}` : 'sent';
  const [email] = await tx
    .insert(outboundEmails)
    .values({
      recipient: delivery.recipientEmail,
      userId: delivery.recipientId,
      locale,
      kind: 'notice',
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      messageId: `<notice-${delivery.id}-${suffix}@${mailHost(settings)}>`,
      inReplyTo: `<notice-${notice.id}@${mailHost(settings)}>`,
      references: `<notice-${notice.id}@${mailHost(settings)}>`,
      status: 'queued',
      createdAt: options.now,
    })
    .returning({ id: outboundEmails.id });
  await enqueueJob(tx, SEND_EMAIL_JOB, { emailId: email.id });
  return email.id;
}

/**
 * Sends one hop of one round for one site: a delivery row per person (once: a repeated relay adds
 * nobody twice) and its mail. Returns how many people it reached.
 */
export async function deliverNoticeHop(
  tx: DbOrTx,
  options: {
    settings: MailSettings;
    notice: NoticeRow;
    site: SiteRow;
    hop: NoticeHop;
    roundInfo: NoticeRoundInfo;
    recipients: NoticeRecipient[];
    sender: { id: string; name: string };
    localWords: string | null;
    now: Date;
  },
): Promise<number> {
  const { notice, site, now } = options;
  let count = 0;
  for (const recipient of options.recipients) {
    if (recipient.userId === options.sender.id) continue;
    const [delivery] = await tx
      .insert(noticeDeliveries)
      .values({
        noticeId: notice.id,
        round: options.roundInfo.round,
        siteId: site.id,
        hop: options.hop,
        recipientId: recipient.userId,
        recipientEmail: recipient.email,
        recipientName: recipient.name,
        locale: toMailLocale(recipient.locale ?? site.languages[0]),
        senderId: options.sender.id,
        localWords: options.localWords,
        sentAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!delivery) continue;
    const emailId = await queueNoticeEmail(tx, {
      settings: options.settings,
      notice,
      site,
      delivery,
      roundInfo: options.roundInfo,
      senderName: options.sender.name,
      isReminder: false,
      now,
    });
    await tx.update(noticeDeliveries).set({ emailId }).where(eq(noticeDeliveries.id, delivery.id));
    count++;
  }
  return count;
}
