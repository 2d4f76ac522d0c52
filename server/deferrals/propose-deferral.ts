import { OPEN_STATUSES, type Status } from '../../shared/constants.ts';
import type { TDeferralProposal, TProposeDeferral } from '../../shared/release-schemas.ts';
import type { Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { deferralProposals } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canProposeDeferral } from '../policies/release-policy.ts';
import { loadRelease } from '../releases/release-repository.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { appendEvents } from '../requests/timeline.ts';
import { proposalsOfRequest } from './deferral-repository.ts';

const invalid = (field: string, message: string) =>
  new AppError('invalid', `${field} ${message}`, { errors: [{ field, message }] });

/** The help desk proposes deferring a non-critical open request to a planned or in-testing release of its module. */
export async function proposeDeferral(options: {
  db: Database;
  actor: Actor;
  id: string;
  input: TProposeDeferral;
  now?: Date;
}): Promise<TDeferralProposal> {
  const { db, actor, input } = options;
  const now = options.now ?? new Date();
  try {
    const requestId = await db.transaction(async (tx) => {
      const request = await loadRequestInScope(tx, actor, options.id, { forUpdate: true });
      if (!canProposeDeferral(actor, request)) throw forbidden('Only the help desk proposes a deferral');
      if (request.urgency === 'critical') {
        throw invalid('urgency', 'is critical: critical requests cannot be deferred to a release');
      }
      if (!OPEN_STATUSES.includes(request.status as Status)) {
        throw new AppError('conflict', `A ${request.status} request cannot be deferred`, {
          errors: [{ field: 'status', message: `is ${request.status}; only open requests can be deferred` }],
        });
      }
      const release = await loadRelease(tx, input.releaseId).catch(() => {
        throw invalid('releaseId', 'is not a release');
      });
      if (release.module !== request.module) throw invalid('releaseId', `is a release of another module (${release.module})`);
      if (release.status === 'shipped') throw invalid('releaseId', `is ${release.version}, which has already shipped`);
      const [proposal] = await tx
        .insert(deferralProposals)
        .values({ requestId: request.id, releaseId: release.id, reason: input.reason, proposedById: actor.id, createdAt: now })
        .returning();
      await appendEvents(
        tx,
        [
          {
            requestId: request.id,
            actorId: actor.id,
            type: 'deferral_proposed',
            isInternal: true,
            body: input.reason,
            data: { proposalId: proposal.id, releaseId: release.id, version: release.version },
          },
        ],
        now,
      );
      return request.id;
    });
    const [proposal] = await proposalsOfRequest(db, actor, requestId);
    return proposal;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', 'This request already has a deferral proposal waiting for decisions', {
        errors: [{ field: 'releaseId', message: 'a proposal for this request is already waiting for decisions' }],
      });
    }
    throw error;
  }
}
