import { and, eq, sql } from 'drizzle-orm';
import type { NoticeHop, NoticeRoundKind, TRelayNotice } from '../../shared/notice-schemas.ts';
import type { Database } from '../db/client.ts';
import { noticeDeliveries, noticeRounds } from '../db/schema/index.ts';
import { AppError, notFound } from '../errors.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { canViewNotice, relayableSiteIds } from '../policies/notice-policy.ts';
import { deliverNoticeHop } from './deliver-notice-hop.ts';
import { recipientsOf } from './notice-recipients.ts';
import { loadNotice, loadNoticeFacts, loadSites } from './notice-repository.ts';

const NEXT_HOP: Record<string, NoticeHop> = { coordinator: 'site_admin', site_admin: 'end_user' };

/**
 * A coordinator relays the current round to the site admins of one of their sites, or a site admin
 * to its end users, with their own local words. Relaying counts as opening and acknowledging it.
 */
export async function relayNotice(options: {
  db: Database;
  settings: MailSettings;
  actor: Actor;
  noticeId: string;
  input: TRelayNotice;
  now?: Date;
}): Promise<{ hop: NoticeHop; reached: number }> {
  const { actor, input } = options;
  const now = options.now ?? new Date();
  return options.db.transaction(async (tx) => {
    // The row lock makes two relays for the same site take turns, so the second sees the first.
    const notice = await loadNotice(tx, options.noticeId, { forUpdate: true });
    const facts = await loadNoticeFacts(tx, notice, actor, now);
    if (!canViewNotice(actor, facts)) throw notFound('No such notice');
    const myHops = facts.myDeliveries.filter((delivery) => delivery.siteId === input.siteId);
    if (!relayableSiteIds(actor, facts).includes(input.siteId)) {
      const isDone =
        myHops.length > 0 &&
        facts.relayedSites.some((relayed) => relayed.siteId === input.siteId && relayed.hop === myHops[0].hop);
      if (isDone) throw new AppError('conflict', 'This site has been relayed already for this round');
      throw new AppError('forbidden', 'You may not relay this notice for this site', {
        errors: [{ field: 'siteId', message: 'Not a site you relay this notice for' }],
      });
    }
    const hop = NEXT_HOP[myHops[0].hop];
    const [site] = await loadSites(tx, [input.siteId]);
    const [round] = await tx
      .select()
      .from(noticeRounds)
      .where(and(eq(noticeRounds.noticeId, notice.id), eq(noticeRounds.round, notice.round)));
    const reached = await deliverNoticeHop(tx, {
      settings: options.settings,
      notice,
      site,
      hop,
      roundInfo: { round: notice.round, kind: round.kind as NoticeRoundKind, note: round.note },
      recipients: await recipientsOf(tx, site.id, hop),
      sender: actor,
      localWords: input.localWords || null,
      now,
    });
    await tx
      .update(noticeDeliveries)
      .set({
        relayedAt: now,
        openedAt: sql`coalesce(${noticeDeliveries.openedAt}, ${now})`,
        acknowledgedAt: sql`coalesce(${noticeDeliveries.acknowledgedAt}, ${now})`,
      })
      .where(
        and(
          eq(noticeDeliveries.noticeId, notice.id),
          eq(noticeDeliveries.round, notice.round),
          eq(noticeDeliveries.siteId, site.id),
          eq(noticeDeliveries.recipientId, actor.id),
        ),
      );
    return { hop, reached };
  });
}
