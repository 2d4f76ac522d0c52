import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { duplicateCandidates } from '../db/schema/index.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canDismissDuplicate } from '../policies/consolidation-policy.ts';
import { isInScope } from '../policies/request-policy.ts';
import { findRequestRow } from '../requests/request-repository.ts';
import { appendEvents } from '../requests/timeline.ts';

/**
 * "Not a duplicate": the pair stays dismissed (detection never reopens it), and both requests
 * record the decision as an internal timeline event. Dismissing twice changes nothing.
 */
export async function dismissDuplicate(options: {
  db: Database;
  actor: Actor;
  candidateId: string;
  reason?: string;
  now?: Date;
}) {
  const { db, actor } = options;
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [candidate] = await tx
      .select()
      .from(duplicateCandidates)
      .where(eq(duplicateCandidates.id, options.candidateId))
      .for('update');
    const a = candidate ? await findRequestRow(tx, candidate.requestAId) : null;
    const b = candidate ? await findRequestRow(tx, candidate.requestBId) : null;
    if (!candidate || !a || !b || !isInScope(actor, a) || !isInScope(actor, b)) throw notFound('No such possible duplicate');
    if (!canDismissDuplicate(actor, a, b))
      throw forbidden('Only coordinators, the help desk and admins review possible duplicates');
    if (candidate.status === 'dismissed') return { status: 'dismissed' as const };
    if (candidate.status !== 'open') throw new AppError('conflict', 'These requests were already merged');
    await tx
      .update(duplicateCandidates)
      .set({ status: 'dismissed', decidedAt: now, decidedById: actor.id })
      .where(eq(duplicateCandidates.id, candidate.id));
    const event = (request: typeof a, other: typeof a) => ({
      requestId: request.id,
      type: 'duplicate_dismissed' as const,
      actorId: actor.id,
      isInternal: true,
      body: options.reason || null,
      data: { otherId: other.id, otherReference: other.reference, candidateId: candidate.id },
    });
    await appendEvents(tx, [event(a, b), event(b, a)], now);
    return { status: 'dismissed' as const };
  });
}
