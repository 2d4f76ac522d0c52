import { eq } from 'drizzle-orm';
import { DEFERRAL_PARTIES, OPEN_STATUSES, type Status } from '../../shared/constants.ts';
import type { TDeferralDecisionInput, TDeferralProposal } from '../../shared/release-schemas.ts';
import type { Database, Transaction } from '../db/client.ts';
import { deferralDecisions, deferralProposals, helpRequests, requestReleases } from '../db/schema/index.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { deferralPartyOf } from '../policies/release-policy.ts';
import { moduleLabel, notifyReporter } from '../releases/notify-reporter.ts';
import { loadRelease, type ReleaseRow } from '../releases/release-repository.ts';
import { requestDeferredMail } from '../releases/templates/request-deferred-mail.ts';
import { type LoadedRequest, loadRequestInScope } from '../requests/request-repository.ts';
import { appendEvents } from '../requests/timeline.ts';
import { refreshSlaClocks } from '../sla/refresh-sla-clocks.ts';
import { proposalsOfRequest } from './deferral-repository.ts';

const PARTY_NAMES = { help_desk: 'the help desk', module_coordinator: 'the module coordinator' } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const conflict = (field: string, message: string) => new AppError('conflict', message, { errors: [{ field, message }] });

type Proposal = typeof deferralProposals.$inferSelect;
type Context = { tx: Transaction; actor: Actor; proposal: Proposal; request: LoadedRequest; now: Date; mail?: MailSettings };

/** Either party's rejection closes the proposal and puts the request back in the queue. */
async function reject({ tx, actor, proposal, request, now }: Context) {
  await tx.update(deferralProposals).set({ status: 'rejected', closedAt: now }).where(eq(deferralProposals.id, proposal.id));
  const backToQueue = request.status !== 'in_progress' && OPEN_STATUSES.includes(request.status as Status);
  if (backToQueue) {
    await tx.update(helpRequests).set({ status: 'in_progress', updatedAt: now }).where(eq(helpRequests.id, request.id));
    await refreshSlaClocks(tx, { requestId: request.id, change: 'status', now });
  }
  await appendEvents(
    tx,
    [
      {
        requestId: request.id,
        actorId: actor.id,
        type: 'deferral_rejected',
        isInternal: true,
        data: { proposalId: proposal.id, from: request.status, to: backToQueue ? 'in_progress' : request.status },
      },
    ],
    now,
  );
}

/** Both parties agreed: the request is deferred to the release, leaves the queues, and its reporter is told. */
async function putIntoEffect({ tx, actor, proposal, request, now, mail }: Context, release: ReleaseRow) {
  if (release.status === 'shipped')
    throw conflict('releaseId', `${release.version} has already shipped; propose a later release`);
  if (!OPEN_STATUSES.includes(request.status as Status)) {
    throw conflict('status', `the request is ${request.status} now and cannot be deferred`);
  }
  await tx.update(deferralProposals).set({ status: 'approved', closedAt: now }).where(eq(deferralProposals.id, proposal.id));
  await tx
    .update(helpRequests)
    .set({ status: 'deferred', fixVersion: release.version, updatedAt: now })
    .where(eq(helpRequests.id, request.id));
  // Deferred requests leave the SLA clocks until they come back.
  await refreshSlaClocks(tx, { requestId: request.id, change: 'status', now });
  await tx
    .insert(requestReleases)
    .values({ requestId: request.id, releaseId: release.id, via: 'deferral', linkedById: actor.id, createdAt: now })
    .onConflictDoUpdate({
      target: requestReleases.requestId,
      set: { releaseId: release.id, via: 'deferral', linkedById: actor.id, shippedAt: null, createdAt: now },
    });
  const label = moduleLabel(release.module);
  const [event] = await appendEvents(
    tx,
    [
      {
        requestId: request.id,
        actorId: actor.id,
        type: 'deferred',
        body: proposal.reason,
        data: { proposalId: proposal.id, releaseId: release.id, version: release.version, from: request.status, to: 'deferred' },
      },
    ],
    now,
  );
  await notifyReporter(tx, {
    settings: mail,
    requestId: request.id,
    actorId: actor.id,
    now,
    notice: {
      eventId: event.id,
      type: 'request_deferred',
      title: (reference) => `${reference} is planned for ${label} ${release.version}`,
      messageParams: { version: release.version, module: release.module },
      data: { releaseId: release.id, version: release.version },
      compose: (locale, data, redact) =>
        requestDeferredMail(locale, {
          ...data,
          version: release.version,
          moduleLabel: label,
          plannedDate: release.plannedDate,
          reason: redact(proposal.reason),
        }),
    },
  });
}

/**
 * One party's decision, with its comment. The help desk party and the module-coordinator party
 * each decide once; a rejection ends the proposal, the second approval puts it into effect.
 */
export async function decideDeferral(options: {
  db: Database;
  actor: Actor;
  proposalId: string;
  input: TDeferralDecisionInput;
  mail?: MailSettings;
  now?: Date;
}): Promise<TDeferralProposal> {
  const { db, actor, input } = options;
  const now = options.now ?? new Date();
  if (!UUID.test(options.proposalId)) throw notFound('No such deferral proposal');
  const requestId = await db.transaction(async (tx) => {
    const [found] = await tx.select().from(deferralProposals).where(eq(deferralProposals.id, options.proposalId));
    if (!found) throw notFound('No such deferral proposal');
    const request = await loadRequestInScope(tx, actor, found.requestId, { forUpdate: true }).catch(() => {
      throw notFound('No such deferral proposal');
    });
    // Re-read under the request's lock, so two deciders never both see "the other one has not decided".
    const [proposal] = await tx.select().from(deferralProposals).where(eq(deferralProposals.id, found.id));
    const party = deferralPartyOf(actor, request.module);
    if (!party) throw forbidden('Only the help desk and the module’s coordinator decide on a deferral');
    if (proposal.status !== 'pending') throw conflict('decision', `the proposal is already ${proposal.status}`);
    const decided = await tx.select().from(deferralDecisions).where(eq(deferralDecisions.proposalId, proposal.id));
    if (decided.some((d) => d.party === party)) throw conflict('decision', `${PARTY_NAMES[party]} has already decided`);
    await tx.insert(deferralDecisions).values({
      proposalId: proposal.id,
      party,
      decision: input.decision,
      comment: input.comment,
      actorId: actor.id,
      createdAt: now,
    });
    const release = await loadRelease(tx, proposal.releaseId);
    await appendEvents(
      tx,
      [
        {
          requestId: request.id,
          actorId: actor.id,
          type: 'deferral_decided',
          isInternal: true,
          body: input.comment,
          data: { proposalId: proposal.id, party, decision: input.decision, version: release.version },
        },
      ],
      now,
    );
    const context: Context = { tx, actor, proposal, request, now, mail: options.mail };
    if (input.decision === 'reject') {
      await reject(context);
    } else {
      const approved = new Set([...decided.filter((d) => d.decision === 'approve').map((d) => d.party), party]);
      if (DEFERRAL_PARTIES.every((p) => approved.has(p))) await putIntoEffect(context, release);
    }
    return request.id;
  });
  const proposals = await proposalsOfRequest(db, actor, requestId);
  return proposals.find((p) => p.id === options.proposalId) ?? proposals[0];
}
