import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { NoticeHop, NoticeRoundKind, TNotice } from '../../shared/notice-schemas.ts';
import type { Database } from '../db/client.ts';
import { helpRequests, noticeDeliveries, noticeRounds, users } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { renderMarkdown } from '../kb/markdown/render-markdown.ts';
import type { Actor } from '../policies/actor.ts';
import { canViewNotice, noticeAbilities } from '../policies/notice-policy.ts';
import { loadNotice, loadNoticeFacts, loadSites } from './notice-repository.ts';
import { pickNoticeVersion } from './notice-text.ts';
import { presentNoticeSummary } from './present-notice.ts';

/** One notice for a reader in their language; reading it in the app counts as opening the hops they received. */
export async function getNotice(options: {
  db: Database;
  actor: Actor;
  noticeId: string;
  language: string | null;
  now?: Date;
}): Promise<TNotice> {
  const { actor } = options;
  const now = options.now ?? new Date();
  return options.db.transaction(async (tx) => {
    const notice = await loadNotice(tx, options.noticeId);
    const facts = await loadNoticeFacts(tx, notice, actor, now);
    if (!canViewNotice(actor, facts)) throw notFound('No such notice');
    await tx
      .update(noticeDeliveries)
      .set({ openedAt: sql`coalesce(${noticeDeliveries.openedAt}, ${now})` })
      .where(
        and(
          eq(noticeDeliveries.noticeId, notice.id),
          eq(noticeDeliveries.round, notice.round),
          eq(noticeDeliveries.recipientId, actor.id),
        ),
      );
    const rounds = await tx
      .select()
      .from(noticeRounds)
      .where(eq(noticeRounds.noticeId, notice.id))
      .orderBy(asc(noticeRounds.round));
    const sites = await loadSites(tx, notice.siteIds);
    const requests =
      notice.requestIds.length === 0
        ? []
        : await tx
            .select({ id: helpRequests.id, reference: helpRequests.reference })
            .from(helpRequests)
            .where(inArray(helpRequests.id, notice.requestIds));
    const mine = await tx
      .select({ delivery: noticeDeliveries, senderName: users.name })
      .from(noticeDeliveries)
      .leftJoin(users, eq(users.id, noticeDeliveries.senderId))
      .where(
        and(
          eq(noticeDeliveries.noticeId, notice.id),
          eq(noticeDeliveries.round, notice.round),
          eq(noticeDeliveries.recipientId, actor.id),
        ),
      );
    const version = pickNoticeVersion(notice.versions, [options.language]);
    const current = rounds[rounds.length - 1];
    return {
      ...presentNoticeSummary(notice, { sites, roundKind: current.kind, language: options.language, now }),
      language: version.language,
      bodyHtml: renderMarkdown(version.body),
      versions: notice.versions as TNotice['versions'],
      modules: notice.modules,
      moduleVersion: notice.moduleVersion,
      requests: requests.sort((a, b) => a.reference.localeCompare(b.reference)),
      releaseVersion: notice.releaseVersion,
      reminderLeadMinutes: notice.reminderLeadMinutes,
      cancelReason: notice.cancelReason,
      rounds: rounds.map((round) => ({
        round: round.round,
        kind: round.kind as NoticeRoundKind,
        windowStart: round.windowStart.toISOString(),
        windowEnd: round.windowEnd.toISOString(),
        note: round.note,
        createdAt: round.createdAt.toISOString(),
      })),
      myDeliveries: mine.map(({ delivery, senderName }) => ({
        id: delivery.id,
        siteId: delivery.siteId,
        hop: delivery.hop as NoticeHop,
        senderName,
        localWords: delivery.localWords,
        sentAt: delivery.sentAt.toISOString(),
        openedAt: delivery.openedAt?.toISOString() ?? null,
        acknowledgedAt: delivery.acknowledgedAt?.toISOString() ?? null,
        relayedAt: delivery.relayedAt?.toISOString() ?? null,
      })),
      abilities: noticeAbilities(actor, facts),
    };
  });
}
