import { randomUUID } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { DbOrTx } from '../db/client.ts';
import { notifications, outboundEmails, users, vendorTeams } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { SEND_EMAIL_JOB } from '../mail/mail-job-names.ts';
import { toMailLocale } from '../mail/mail-locale.ts';
import { appBaseUrl, mailHost } from '../mail/mail-settings.ts';
import { renderEmail } from '../mail/render-email.ts';
import { loadSecretKey } from '../mail/secret-key.ts';
import { jiraAlertMail } from './jira-alert-mail.ts';

const QUIET_HOURS = 1;

/**
 * Tells every active admin, in the app and by mail, that a team's Jira refused for good and why.
 * The same reason for the same team is told once an hour, so a hundred failing jobs make one alert.
 */
export async function alertAdmins(
  tx: DbOrTx,
  options: { config: Config; vendorTeamId: string; reason: string; now: Date },
): Promise<number> {
  const { config, vendorTeamId, reason, now } = options;
  const since = new Date(now.getTime() - QUIET_HOURS * 3_600_000);
  const [recent] = await tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        eq(notifications.type, 'jira_sync_failed'),
        gt(notifications.createdAt, since),
        sql`${notifications.data}->>'vendorTeamId' = ${vendorTeamId}`,
        sql`${notifications.data}->>'reason' = ${reason}`,
      ),
    )
    .limit(1);
  if (recent) return 0;
  const [team] = await tx.select({ name: vendorTeams.name }).from(vendorTeams).where(eq(vendorTeams.id, vendorTeamId));
  const teamName = team?.name ?? 'a vendor team';
  const admins = await tx
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.isActive, true)));
  const link = `/admin?tab=jira`;
  const secret = await loadSecretKey(tx, config);
  for (const admin of admins) {
    const [notification] = await tx
      .insert(notifications)
      .values({
        userId: admin.id,
        type: 'jira_sync_failed',
        title: `Jira stopped syncing for ${teamName}: ${reason}`.slice(0, 500),
        messageKey: 'jira.notifications.syncStopped',
        messageParams: { team: teamName, reason: reason.slice(0, 400) },
        link,
        data: { vendorTeamId, teamName, reason },
        createdAt: now,
      })
      .returning({ id: notifications.id });
    const locale = toMailLocale(admin.locale);
    const content = jiraAlertMail(locale, { teamName, reason, url: `${appBaseUrl(config)}${link}` });
    const rendered = renderEmail({
      settings: config,
      secret,
      // No unsubscribe: an admin cannot opt out of hearing that an integration is down.
      recipient: { userId: null, email: admin.email, locale },
      kind: 'integration_alert',
      content,
      isRedacted: false,
    });
    const [mail] = await tx
      .insert(outboundEmails)
      .values({
        recipient: admin.email,
        userId: admin.id,
        locale,
        kind: 'integration_alert',
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: `<jira-alert-${randomUUID()}@${mailHost(config)}>`,
        notificationId: notification.id,
        createdAt: now,
      })
      .returning({ id: outboundEmails.id });
    await enqueueJob(tx, SEND_EMAIL_JOB, { emailId: mail.id });
  }
  return admins.length;
}
