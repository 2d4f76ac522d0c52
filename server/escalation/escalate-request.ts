import { eq } from 'drizzle-orm';
import type { TEscalationRequest, THelpRequest } from '../../shared/schemas.ts';
import type { Database, Transaction } from '../db/client.ts';
import { attachments, escalations, helpRequests } from '../db/schema/index.ts';
import { AppError, type FieldError, forbidden } from '../errors.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import { notifyRequestEvents } from '../mail/notify-request-events.ts';
import type { Actor } from '../policies/actor.ts';
import { requestAbilities } from '../policies/request-policy.ts';
import { getRequest } from '../requests/get-request.ts';
import { type LoadedRequest, loadRequestInScope } from '../requests/request-repository.ts';
import { appendEvents, type NewTimelineEvent } from '../requests/timeline.ts';
import { refreshSlaClocks } from '../sla/refresh-sla-clocks.ts';
import { routeToVendorTeam } from '../vendor-teams/vendor-team-service.ts';
import { dossierProblems, normaliseDossier } from './dossier.ts';
import { internalVendorQueue, type LevelThreeHandOff } from './level-three-handoff.ts';

type Input = TEscalationRequest & { reason: string; tried: string };

const unprocessable = (message: string, errors: FieldError[]) => new AppError('invalid', message, { errors });

async function escalateUp(
  tx: Transaction,
  actor: Actor,
  request: LoadedRequest,
  input: Input,
  handOff: LevelThreeHandOff,
  now: Date,
) {
  const abilities = requestAbilities(actor, request);
  const toLevel = input.toLevel;
  if (toLevel === 3 ? !abilities.escalateToLevel3 : !abilities.escalate) {
    throw forbidden(
      toLevel === 3 ? 'Only coordinators and the help desk escalate to level 3' : 'You may not escalate this request',
    );
  }
  const errors: FieldError[] = [];
  if (!input.reason) errors.push({ field: 'reason', message: 'is required: say why it needs the next level' });
  if (toLevel === 2 && !input.tried) errors.push({ field: 'tried', message: 'is required: say what was tried at level 1' });
  let dossier = null;
  if (toLevel === 3) {
    const files = await tx.select({ id: attachments.id }).from(attachments).where(eq(attachments.requestId, request.id));
    errors.push(
      ...dossierProblems(input.dossier, { siteId: request.siteId, attachmentIds: new Set(files.map((file) => file.id)) }),
    );
    dossier = input.dossier ? normaliseDossier(input.dossier) : null;
  }
  if (errors.length > 0) {
    const what = toLevel === 3 ? 'The level-3 dossier is incomplete' : 'The escalation is incomplete';
    throw unprocessable(`${what}: ${errors.map((error) => error.field).join(', ')}`, errors);
  }
  const team = toLevel === 3 ? await routeToVendorTeam({ db: tx, module: dossier?.module ?? request.module }) : null;
  await tx
    .update(helpRequests)
    .set({
      level: toLevel,
      status: 'escalated',
      assigneeId: null,
      updatedAt: now,
      ...(toLevel === 3 ? { dossier, vendorTeamId: team?.id ?? null, l3State: 'new' } : {}),
    })
    .where(eq(helpRequests.id, request.id));
  await tx.insert(escalations).values({
    requestId: request.id,
    fromLevel: request.level,
    toLevel,
    reason: input.reason,
    tried: input.tried,
    dossier,
    vendorTeamId: team?.id ?? null,
    actorId: actor.id,
    createdAt: now,
  });
  const events: NewTimelineEvent[] = [
    {
      requestId: request.id,
      type: 'escalated',
      actorId: actor.id,
      body: input.reason,
      data: { fromLevel: request.level, toLevel, reason: input.reason, tried: input.tried },
    },
  ];
  if (toLevel === 3) {
    const destination = team
      ? ((await handOff.handOff(tx, { requestId: request.id, vendorTeamId: team.id, actorId: actor.id })) ?? handOff.destination)
      : null;
    events.push({
      requestId: request.id,
      type: 'routed',
      actorId: null,
      data: team
        ? { vendorTeamId: team.id, vendorTeamName: team.name, destination }
        : { vendorTeamId: null, problem: `No vendor team is routed for module ${request.module}; an admin must set the routing` },
    });
  }
  return appendEvents(tx, events, now);
}

async function escalateDown(tx: Transaction, actor: Actor, request: LoadedRequest, input: Input, now: Date) {
  if (!requestAbilities(actor, request).deEscalate) throw forbidden('You may not de-escalate this request');
  if (!input.reason) throw unprocessable('Say why it goes back down', [{ field: 'reason', message: 'is required' }]);
  const isLeavingVendor = request.level === 3;
  await tx
    .update(helpRequests)
    .set({
      level: input.toLevel,
      status: 'in_progress',
      updatedAt: now,
      ...(isLeavingVendor ? { vendorTeamId: null, l3State: null } : {}),
    })
    .where(eq(helpRequests.id, request.id));
  await tx.insert(escalations).values({
    requestId: request.id,
    fromLevel: request.level,
    toLevel: input.toLevel,
    reason: input.reason,
    tried: input.tried,
    actorId: actor.id,
    createdAt: now,
  });
  await appendEvents(
    tx,
    [
      {
        requestId: request.id,
        type: 'de_escalated',
        actorId: actor.id,
        body: input.reason,
        data: {
          fromLevel: request.level,
          toLevel: input.toLevel,
          reason: input.reason,
          fromVendorTeamName: request.vendorTeamName,
        },
      },
    ],
    now,
  );
}

/** One level at a time: up with a reason (and the dossier for level 3), or down with a reason. */
export async function escalateRequest(options: {
  db: Database;
  actor: Actor;
  id: string;
  input: Input;
  handOff?: LevelThreeHandOff;
  /** Where mail links point; without it nothing is mailed (seeding, scripts). */
  mail?: MailSettings;
  now?: Date;
}): Promise<THelpRequest> {
  const { db, actor, input } = options;
  const now = options.now ?? new Date();
  const id = await db.transaction(async (tx) => {
    const request = await loadRequestInScope(tx, actor, options.id, { forUpdate: true });
    if (request.status === 'closed' || request.status === 'resolved' || request.status === 'deferred') {
      throw new AppError('conflict', `A ${request.status} request cannot change level; reopen it first`);
    }
    if (input.toLevel === request.level + 1) {
      const events = await escalateUp(tx, actor, request, input, options.handOff ?? internalVendorQueue, now);
      if (options.mail) await notifyRequestEvents(tx, { settings: options.mail, actor, events, now });
    } else if (input.toLevel === request.level - 1) {
      await escalateDown(tx, actor, request, input, now);
    } else {
      throw unprocessable(`From level ${request.level} a request moves to level ${request.level - 1} or ${request.level + 1}`, [
        { field: 'toLevel', message: 'must be one level above or below the current level' },
      ]);
    }
    // The new level's SLA targets apply from the request's start; the level itself moved by a person.
    await refreshSlaClocks(tx, { requestId: request.id, change: 'targets', now });
    return request.id;
  });
  return getRequest({ db, actor, id });
}
