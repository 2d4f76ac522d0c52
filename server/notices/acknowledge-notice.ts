import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { noticeDeliveries } from '../db/schema/index.ts';
import { AppError, notFound } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canViewNotice, noticeAbilities } from '../policies/notice-policy.ts';
import { loadNotice, loadNoticeFacts } from './notice-repository.ts';

/** The signed-in reader confirms they read the current round (every site they received it for). */
export async function acknowledgeNotice(options: { db: Database; actor: Actor; noticeId: string; now?: Date }) {
  const { actor } = options;
  const now = options.now ?? new Date();
  return options.db.transaction(async (tx) => {
    const notice = await loadNotice(tx, options.noticeId);
    const facts = await loadNoticeFacts(tx, notice, actor, now);
    if (!canViewNotice(actor, facts)) throw notFound('No such notice');
    if (!noticeAbilities(actor, facts).acknowledge) throw new AppError('conflict', 'This notice was not sent to you');
    await tx
      .update(noticeDeliveries)
      .set({
        openedAt: sql`coalesce(${noticeDeliveries.openedAt}, ${now})`,
        acknowledgedAt: sql`coalesce(${noticeDeliveries.acknowledgedAt}, ${now})`,
      })
      .where(
        and(
          eq(noticeDeliveries.noticeId, notice.id),
          eq(noticeDeliveries.round, notice.round),
          eq(noticeDeliveries.recipientId, actor.id),
        ),
      );
    return { acknowledgedAt: now.toISOString() };
  });
}
