import { asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DeferralParty, DeferralStatus, ModuleCode } from '../../shared/constants.ts';
import type { TDeferralProposal } from '../../shared/release-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { deferralDecisions, deferralProposals, helpRequests, releases, users } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { deferralPartyOf } from '../policies/release-policy.ts';

const proposer = alias(users, 'proposer');

/** Proposals matching `where`, newest first, each with its decisions and the caller's party. */
export async function listProposals(db: DbOrTx, actor: Actor, where: SQL | undefined): Promise<TDeferralProposal[]> {
  const rows = await db
    .select({
      proposal: deferralProposals,
      reference: helpRequests.reference,
      summary: helpRequests.summary,
      module: helpRequests.module,
      version: releases.version,
      proposedByName: proposer.name,
    })
    .from(deferralProposals)
    .innerJoin(helpRequests, eq(helpRequests.id, deferralProposals.requestId))
    .innerJoin(releases, eq(releases.id, deferralProposals.releaseId))
    .innerJoin(proposer, eq(proposer.id, deferralProposals.proposedById))
    .where(where)
    .orderBy(desc(deferralProposals.createdAt))
    .limit(200);
  if (rows.length === 0) return [];
  const decisions = await db
    .select({ decision: deferralDecisions, actorName: users.name })
    .from(deferralDecisions)
    .innerJoin(users, eq(users.id, deferralDecisions.actorId))
    .where(
      inArray(
        deferralDecisions.proposalId,
        rows.map((row) => row.proposal.id),
      ),
    )
    .orderBy(asc(deferralDecisions.createdAt));
  return rows.map(({ proposal, ...row }) => {
    const own = decisions.filter((d) => d.decision.proposalId === proposal.id);
    const party = deferralPartyOf(actor, row.module);
    const canDecide = proposal.status === 'pending' && party !== null && !own.some((d) => d.decision.party === party);
    return {
      id: proposal.id,
      requestId: proposal.requestId,
      requestReference: row.reference,
      requestSummary: row.summary,
      module: row.module as ModuleCode,
      releaseId: proposal.releaseId,
      releaseVersion: row.version,
      reason: proposal.reason,
      status: proposal.status as DeferralStatus,
      proposedById: proposal.proposedById,
      proposedByName: row.proposedByName,
      decisions: own.map(({ decision, actorName }) => ({
        party: decision.party as DeferralParty,
        decision: decision.decision as 'approve' | 'reject',
        comment: decision.comment,
        actorId: decision.actorId,
        actorName,
        createdAt: decision.createdAt.toISOString(),
      })),
      myParty: canDecide ? party : null,
      createdAt: proposal.createdAt.toISOString(),
      closedAt: proposal.closedAt?.toISOString() ?? null,
    };
  });
}

export const proposalsOfRequest = (db: DbOrTx, actor: Actor, requestId: string) =>
  listProposals(db, actor, eq(deferralProposals.requestId, requestId));
