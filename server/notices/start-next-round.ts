import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { noticeRounds, notices } from '../db/schema/index.ts';
import { forbidden, notFound } from '../errors.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { canViewNotice, noticeAbilities } from '../policies/notice-policy.ts';
import { loadNotice, loadNoticeFacts } from './notice-repository.ts';
import { startNoticeRound } from './start-notice-round.ts';

/** A changed window or a cancellation: the notice takes the change, and a new round cascades it. */
export async function startNextRound(options: {
  db: Database;
  settings: MailSettings;
  actor: Actor;
  noticeId: string;
  kind: 'update' | 'cancellation';
  change: { windowStart?: Date; windowEnd?: Date; cancelReason?: string };
  note: string | null;
  now: Date;
}): Promise<{ id: string; round: number }> {
  const { actor, now } = options;
  return options.db.transaction(async (tx) => {
    const current = await loadNotice(tx, options.noticeId, { forUpdate: true });
    const facts = await loadNoticeFacts(tx, current, actor, now);
    if (!canViewNotice(actor, facts)) throw notFound('No such notice');
    const abilities = noticeAbilities(actor, facts);
    if (!(options.kind === 'update' ? abilities.change : abilities.cancel)) {
      throw forbidden(facts.isOpen ? 'Only the help desk changes notices' : 'The notice is over or cancelled');
    }
    const round = current.round + 1;
    const [notice] = await tx
      .update(notices)
      .set({
        round,
        updatedAt: now,
        ...(options.change.windowStart ? { windowStart: options.change.windowStart } : {}),
        ...(options.change.windowEnd ? { windowEnd: options.change.windowEnd } : {}),
        ...(options.kind === 'cancellation' ? { status: 'cancelled', cancelReason: options.change.cancelReason ?? null } : {}),
      })
      .where(eq(notices.id, current.id))
      .returning();
    await tx.insert(noticeRounds).values({
      noticeId: notice.id,
      round,
      kind: options.kind,
      windowStart: notice.windowStart,
      windowEnd: notice.windowEnd,
      note: options.note,
      createdById: actor.id,
      createdAt: now,
    });
    await startNoticeRound(tx, {
      settings: options.settings,
      notice,
      roundInfo: { round, kind: options.kind, note: options.note },
      sender: actor,
      now,
    });
    return { id: notice.id, round };
  });
}
