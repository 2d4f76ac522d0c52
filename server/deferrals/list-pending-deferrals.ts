import { and, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { TDeferralProposal } from '../../shared/release-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { deferralDecisions, deferralProposals, helpRequests } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { requestScopeCondition } from '../policies/request-policy.ts';
import { listProposals } from './deferral-repository.ts';

/** Pending proposals on which the caller's party has not decided yet: the help desk's, or a module coordinator's for their modules. */
export async function listPendingDeferrals(options: { db: DbOrTx; actor: Actor }): Promise<TDeferralProposal[]> {
  const { db, actor } = options;
  const party = actor.role === 'help_desk' ? 'help_desk' : actor.role === 'module_coordinator' ? 'module_coordinator' : null;
  if (!party) return [];
  const partyDecided = db
    .select({ one: sql`1` })
    .from(deferralDecisions)
    .where(and(eq(deferralDecisions.proposalId, deferralProposals.id), eq(deferralDecisions.party, party)));
  return listProposals(
    db,
    actor,
    and(
      eq(deferralProposals.status, 'pending'),
      notExists(partyDecided),
      actor.role === 'module_coordinator' ? inArray(helpRequests.module, actor.modules.length ? actor.modules : ['']) : undefined,
      requestScopeCondition(actor),
    ),
  );
}
