import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { communityReplies, notifications, users } from '../db/schema/index.ts';
import { staffEmailDomains } from '../users/staff-email-domains.ts';
import { toMailLocale } from './mail-locale.ts';
import { createMailRedactor } from './mail-redactor.ts';
import { appBaseUrl, type MailSettings, mailHost } from './mail-settings.ts';
import { queueNotification } from './queue-notification.ts';
import { topicReplyMail } from './templates/topic-reply.ts';

const textOf = (data: Record<string, unknown>, key: string) => (typeof data[key] === 'string' ? data[key] : '');

/**
 * The `notification.email` job the community queues for each in-app notification of a topic
 * reply: composes the mail in the recipient's language and queues it (or files it for their
 * digest, or suppresses it) as their preference says. Running twice never mails twice.
 */
export async function queueTopicReplyEmail(options: {
  db: Database;
  settings: MailSettings;
  notificationId: string;
  now?: Date;
}): Promise<void> {
  const { db, settings } = options;
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ notification: notifications, user: users })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.id, options.notificationId));
    if (!row?.user.isActive || row.notification.type !== 'topic_reply') return;
    const { notification, user } = row;
    const topicId = textOf(notification.data, 'topicId');
    const replyId = textOf(notification.data, 'replyId');
    const [reply] = replyId
      ? await tx.select({ body: communityReplies.body }).from(communityReplies).where(eq(communityReplies.id, replyId))
      : [];
    const recipient = { userId: user.id, email: user.email, locale: toMailLocale(user.locale) };
    const redactor = createMailRedactor(recipient.locale, await staffEmailDomains(tx));
    const content = topicReplyMail(recipient.locale, {
      topicTitle: redactor.redact(textOf(notification.data, 'topicTitle')),
      actorName: textOf(notification.data, 'actorName'),
      body: redactor.redact(reply?.body ?? ''),
      url: `${appBaseUrl(settings)}${notification.link}`,
    });
    const host = mailHost(settings);
    await queueNotification(tx, {
      settings,
      recipient,
      kind: 'topic_reply',
      content,
      isRedacted: redactor.isRedacted(),
      messageId: `<topic-reply-${replyId || notification.id}@${host}>`,
      threadRoot: topicId ? `<topic-${topicId}@${host}>` : null,
      requestId: null,
      timelineEventId: null,
      notificationId: notification.id,
      now,
    });
  });
}
