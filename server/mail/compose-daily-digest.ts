import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { emailDigestItems, outboundEmails, users } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { SEND_EMAIL_JOB } from './mail-job-names.ts';
import { toMailLocale } from './mail-locale.ts';
import { appBaseUrl, type MailSettings, mailHost } from './mail-settings.ts';
import { renderEmail } from './render-email.ts';
import { loadSecretKey } from './secret-key.ts';
import { dailyDigestMail } from './templates/daily-digest.ts';

const MAX_ITEMS = 200;

/**
 * The `email.digest` job: gathers a person's waiting digest lines into one mail and queues it.
 * The lines were redacted when they were filed, in the person's language.
 */
export async function composeDailyDigest(options: {
  db: Database;
  settings: MailSettings;
  userId: string;
  now?: Date;
}): Promise<string | null> {
  const { db, settings } = options;
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, options.userId));
    if (!user?.isActive) return null;
    const items = await tx
      .select()
      .from(emailDigestItems)
      .where(and(eq(emailDigestItems.userId, user.id), isNull(emailDigestItems.emailId)))
      .orderBy(asc(emailDigestItems.createdAt))
      .limit(MAX_ITEMS)
      .for('update', { skipLocked: true });
    if (items.length === 0) return null;
    const recipient = { userId: user.id, email: user.email, locale: toMailLocale(user.locale) };
    const content = dailyDigestMail(recipient.locale, {
      items: items.map((item) => ({ title: item.title, url: item.link })),
      url: appBaseUrl(settings),
    });
    const secret = await loadSecretKey(tx, settings);
    const rendered = renderEmail({ settings, secret, recipient, kind: 'digest', content, isRedacted: false });
    const id = randomUUID();
    await tx.insert(outboundEmails).values({
      id,
      recipient: recipient.email,
      userId: user.id,
      locale: recipient.locale,
      kind: 'digest',
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      messageId: `<digest-${id}@${mailHost(settings)}>`,
      createdAt: now,
    });
    await tx
      .update(emailDigestItems)
      .set({ emailId: id })
      .where(
        inArray(
          emailDigestItems.id,
          items.map((item) => item.id),
        ),
      );
    await enqueueJob(tx, SEND_EMAIL_JOB, { emailId: id });
    return id;
  });
}
