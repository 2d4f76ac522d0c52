import { and, asc, eq } from 'drizzle-orm';
import { NOTICE_HOPS, type NoticeHop, type NoticeRoundKind, type TNoticeBoard } from '../../shared/notice-schemas.ts';
import type { Database } from '../db/client.ts';
import { noticeDeliveries, noticeRounds, outboundEmails } from '../db/schema/index.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canViewNotice, noticeAbilities } from '../policies/notice-policy.ts';
import { loadNotice, loadNoticeFacts, loadSites } from './notice-repository.ts';
import { presentNoticeSite } from './present-notice.ts';

/**
 * The help desk's view of the current round: per site, how many people each hop reached, how many
 * mails the SMTP server accepted (delivered), opened and acknowledged, and who has not acknowledged.
 */
export async function getNoticeBoard(options: {
  db: Database;
  actor: Actor;
  noticeId: string;
  now?: Date;
}): Promise<TNoticeBoard> {
  const { db, actor } = options;
  const now = options.now ?? new Date();
  const notice = await loadNotice(db, options.noticeId);
  const facts = await loadNoticeFacts(db, notice, actor, now);
  if (!canViewNotice(actor, facts)) throw notFound('No such notice');
  if (!noticeAbilities(actor, facts).viewBoard) throw forbidden('Only the help desk sees the board');
  const [round] = await db
    .select({ kind: noticeRounds.kind })
    .from(noticeRounds)
    .where(and(eq(noticeRounds.noticeId, notice.id), eq(noticeRounds.round, notice.round)));
  const rows = await db
    .select({ delivery: noticeDeliveries, emailStatus: outboundEmails.status })
    .from(noticeDeliveries)
    .leftJoin(outboundEmails, eq(outboundEmails.id, noticeDeliveries.emailId))
    .where(and(eq(noticeDeliveries.noticeId, notice.id), eq(noticeDeliveries.round, notice.round)))
    .orderBy(asc(noticeDeliveries.recipientName));
  const sites = await loadSites(db, notice.siteIds);
  return {
    noticeId: notice.id,
    round: notice.round,
    roundKind: round.kind as NoticeRoundKind,
    sites: sites.map((site) => {
      const here = rows.filter((row) => row.delivery.siteId === site.id);
      const hops = NOTICE_HOPS.map((hop) => {
        const at = here.filter((row) => row.delivery.hop === hop);
        return {
          hop,
          sent: at.length,
          delivered: at.filter((row) => row.emailStatus === 'sent').length,
          opened: at.filter((row) => row.delivery.openedAt).length,
          acknowledged: at.filter((row) => row.delivery.acknowledgedAt).length,
        };
      });
      const reached = [...hops].reverse().find((figures) => figures.sent > 0)?.hop ?? null;
      return {
        ...presentNoticeSite(site),
        reached: reached as NoticeHop | null,
        hops,
        notAcknowledged: here
          .filter((row) => !row.delivery.acknowledgedAt)
          .map((row) => ({
            hop: row.delivery.hop as NoticeHop,
            name: row.delivery.recipientName,
            email: row.delivery.recipientEmail,
            sentAt: row.delivery.sentAt.toISOString(),
          })),
      };
    }),
  };
}
