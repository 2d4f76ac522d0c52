import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { NoticeRoundKind } from '../../shared/notice-schemas.ts';
import type { Database } from '../db/client.ts';
import { noticeDeliveries, noticeRounds, users } from '../db/schema/index.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import { queueNoticeEmail } from './deliver-notice-hop.ts';
import { loadNotice, loadSites } from './notice-repository.ts';

/**
 * The `notice.reminders` job, shortly before the window: one reminder to every coordinator and site
 * admin whose site is still waiting for their relay. A delivery is reminded once, even if the job
 * runs twice; a superseded round, a cancelled notice or a window already started sends nothing.
 */
export async function sendNoticeReminders(options: {
  db: Database;
  settings: MailSettings;
  noticeId: string;
  round: number;
  now?: Date;
}): Promise<number> {
  const now = options.now ?? new Date();
  return options.db.transaction(async (tx) => {
    const notice = await loadNotice(tx, options.noticeId, { forUpdate: true }).catch(() => null);
    if (!notice || notice.round !== options.round || notice.status === 'cancelled' || now >= notice.windowStart) return 0;
    const relayedElsewhere = sql`exists (select 1 from ${noticeDeliveries} other where other.notice_id = ${noticeDeliveries.noticeId}
      and other.round = ${noticeDeliveries.round} and other.site_id = ${noticeDeliveries.siteId}
      and other.hop = ${noticeDeliveries.hop} and other.relayed_at is not null)`;
    const pending = await tx
      .update(noticeDeliveries)
      .set({ reminderSentAt: now })
      .where(
        and(
          eq(noticeDeliveries.noticeId, notice.id),
          eq(noticeDeliveries.round, notice.round),
          inArray(noticeDeliveries.hop, ['coordinator', 'site_admin']),
          isNull(noticeDeliveries.relayedAt),
          isNull(noticeDeliveries.reminderSentAt),
          sql`not ${relayedElsewhere}`,
        ),
      )
      .returning();
    if (pending.length === 0) return 0;
    const [round] = await tx
      .select()
      .from(noticeRounds)
      .where(and(eq(noticeRounds.noticeId, notice.id), eq(noticeRounds.round, notice.round)));
    const sites = await loadSites(tx, [...new Set(pending.map((delivery) => delivery.siteId))]);
    const senderIds = [...new Set(pending.map((delivery) => delivery.senderId).filter((id): id is string => id !== null))];
    const senders = senderIds.length
      ? await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, senderIds))
      : [];
    for (const delivery of pending) {
      await queueNoticeEmail(tx, {
        settings: options.settings,
        notice,
        site: sites.find((site) => site.id === delivery.siteId) ?? sites[0],
        delivery,
        roundInfo: { round: notice.round, kind: round.kind as NoticeRoundKind, note: round.note },
        senderName: senders.find((sender) => sender.id === delivery.senderId)?.name ?? null,
        isReminder: true,
        now,
      });
    }
    return pending.length;
  });
}
