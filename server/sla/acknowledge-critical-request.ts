import { eq } from 'drizzle-orm';
import type { THelpRequest } from '../../shared/schemas.ts';
import type { Database } from '../db/client.ts';
import { helpRequests } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { isCriticalPending, requestAbilities } from '../policies/request-policy.ts';
import { getRequest } from '../requests/get-request.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { appendEvents } from '../requests/timeline.ts';

/** A level-2 person takes a critical request: it stops being pinned, and the timeline says who and when. */
export async function acknowledgeCriticalRequest(options: {
  db: Database;
  actor: Actor;
  id: string;
  now?: Date;
}): Promise<THelpRequest> {
  const { db, actor } = options;
  const now = options.now ?? new Date();
  const id = await db.transaction(async (tx) => {
    const request = await loadRequestInScope(tx, actor, options.id, { forUpdate: true });
    // Whether this person could acknowledge it were it pending: they are told 403 before 409.
    const pendingView = { ...request, urgency: 'critical', criticalAcknowledgedAt: null, status: 'in_progress' };
    if (!requestAbilities(actor, pendingView).acknowledgeCritical)
      throw forbidden('Only level-2 people acknowledge critical requests');
    if (!isCriticalPending(request)) {
      throw new AppError('conflict', 'This request is not a critical request waiting for acknowledgement', {
        errors: [{ field: 'urgency', message: request.criticalAcknowledgedAt ? 'was already acknowledged' : 'is not critical' }],
      });
    }
    await tx
      .update(helpRequests)
      .set({ criticalAcknowledgedAt: now, criticalAcknowledgedById: actor.id, updatedAt: now })
      .where(eq(helpRequests.id, request.id));
    await appendEvents(tx, [{ requestId: request.id, type: 'critical_acknowledged', actorId: actor.id }], now);
    return request.id;
  });
  return getRequest({ db, actor, id });
}
