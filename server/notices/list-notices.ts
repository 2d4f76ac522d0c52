import { and, arrayOverlaps, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { TNoticeSummary } from '../../shared/notice-schemas.ts';
import type { Database } from '../db/client.ts';
import { noticeDeliveries, noticeRounds, notices, sites } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { canIssueNotices } from '../policies/notice-policy.ts';
import { visibleSiteIds } from '../policies/site-policy.ts';
import { presentNoticeSummary } from './present-notice.ts';

/** Notices the reader may see, newest window first: all for the help desk, their sites' for staff, their own for others. */
export async function listNotices(options: {
  db: Database;
  actor: Actor;
  language: string | null;
  now?: Date;
}): Promise<TNoticeSummary[]> {
  const { db, actor } = options;
  const now = options.now ?? new Date();
  const received = sql`exists (select 1 from ${noticeDeliveries} where ${noticeDeliveries.noticeId} = ${notices.id} and ${noticeDeliveries.recipientId} = ${actor.id})`;
  const siteIds = visibleSiteIds(actor);
  let where: SQL | undefined;
  if (!canIssueNotices(actor)) {
    if (actor.role === 'reporter' || actor.role === 'vendor') where = received;
    else if (siteIds !== null) where = or(arrayOverlaps(notices.siteIds, siteIds), received);
  }
  const rows = await db
    .select({ notice: notices, roundKind: noticeRounds.kind })
    .from(notices)
    .innerJoin(noticeRounds, and(eq(noticeRounds.noticeId, notices.id), eq(noticeRounds.round, notices.round)))
    .where(where)
    .orderBy(desc(notices.windowStart))
    .limit(200);
  const allSiteIds = [...new Set(rows.flatMap((row) => row.notice.siteIds))];
  const siteRows = allSiteIds.length ? await db.select().from(sites).where(inArray(sites.id, allSiteIds)) : [];
  return rows.map((row) =>
    presentNoticeSummary(row.notice, { sites: siteRows, roundKind: row.roundKind, language: options.language, now }),
  );
}
