import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { NoticeHop } from '../../shared/notice-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { noticeDeliveries, notices, sites } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import type { NoticeFacts } from '../policies/notice-policy.ts';
import { isNoticeOpen } from './notice-phase.ts';

export type NoticeRow = typeof notices.$inferSelect;
export type SiteRow = typeof sites.$inferSelect;

export async function loadNotice(tx: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<NoticeRow> {
  const query = tx.select().from(notices).where(eq(notices.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('No such notice');
  return row;
}

export async function loadSites(tx: DbOrTx, ids: string[]): Promise<SiteRow[]> {
  if (ids.length === 0) return [];
  const rows = await tx.select().from(sites).where(inArray(sites.id, ids));
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** What the notice policy needs about this notice and this actor, for the current round. */
export async function loadNoticeFacts(tx: DbOrTx, notice: NoticeRow, actor: Actor, now: Date): Promise<NoticeFacts> {
  const current = and(eq(noticeDeliveries.noticeId, notice.id), eq(noticeDeliveries.round, notice.round));
  const mine = await tx
    .select({ siteId: noticeDeliveries.siteId, hop: noticeDeliveries.hop })
    .from(noticeDeliveries)
    .where(and(current, eq(noticeDeliveries.recipientId, actor.id)));
  const relayed = await tx
    .selectDistinct({ siteId: noticeDeliveries.siteId, hop: noticeDeliveries.hop })
    .from(noticeDeliveries)
    .where(and(current, isNotNull(noticeDeliveries.relayedAt)));
  return {
    siteIds: notice.siteIds,
    isOpen: isNoticeOpen(notice, now),
    myDeliveries: mine.map((row) => ({ siteId: row.siteId, hop: row.hop as NoticeHop })),
    relayedSites: relayed.map((row) => ({ siteId: row.siteId, hop: row.hop as NoticeHop })),
  };
}
