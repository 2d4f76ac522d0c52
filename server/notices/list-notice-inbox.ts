import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { NoticeHop, TNoticeInboxItem } from '../../shared/notice-schemas.ts';
import type { Database } from '../db/client.ts';
import { noticeDeliveries, noticeRounds, notices, sites, users } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { presentNoticeSummary } from './present-notice.ts';

/**
 * The notices a coordinator or site admin still has to pass on: their hops of the current round,
 * for sites nobody has relayed yet, while the notice is still relevant.
 */
export async function listNoticeInbox(options: {
  db: Database;
  actor: Actor;
  language: string | null;
  now?: Date;
}): Promise<TNoticeInboxItem[]> {
  const { db, actor } = options;
  const now = options.now ?? new Date();
  const hop: NoticeHop | null = actor.role === 'coordinator' ? 'coordinator' : actor.role === 'site_admin' ? 'site_admin' : null;
  if (!hop) return [];
  const relayed = sql`exists (select 1 from ${noticeDeliveries} other where other.notice_id = ${noticeDeliveries.noticeId}
    and other.round = ${noticeDeliveries.round} and other.site_id = ${noticeDeliveries.siteId}
    and other.hop = ${noticeDeliveries.hop} and other.relayed_at is not null)`;
  const rows = await db
    .select({ notice: notices, delivery: noticeDeliveries, site: sites, roundKind: noticeRounds.kind, senderName: users.name })
    .from(noticeDeliveries)
    .innerJoin(notices, and(eq(notices.id, noticeDeliveries.noticeId), eq(notices.round, noticeDeliveries.round)))
    .innerJoin(noticeRounds, and(eq(noticeRounds.noticeId, notices.id), eq(noticeRounds.round, notices.round)))
    .innerJoin(sites, eq(sites.id, noticeDeliveries.siteId))
    .leftJoin(users, eq(users.id, noticeDeliveries.senderId))
    .where(
      and(
        eq(noticeDeliveries.recipientId, actor.id),
        eq(noticeDeliveries.hop, hop),
        isNull(noticeDeliveries.relayedAt),
        sql`${notices.windowEnd} > ${now}`,
        sql`not ${relayed}`,
      ),
    )
    .orderBy(asc(notices.windowStart), asc(sites.name));
  return rows
    .filter((row) => actor.siteIds.includes(row.site.id))
    .map((row) => ({
      ...presentNoticeSummary(row.notice, { sites: [row.site], roundKind: row.roundKind, language: options.language, now }),
      siteId: row.site.id,
      siteName: row.site.name,
      hop,
      localWords: row.delivery.localWords,
      senderName: row.senderName,
    }));
}
