import { eq } from 'drizzle-orm';
import { STATUS_TRANSITIONS, type Status, URGENCIES, type Urgency } from '../../shared/constants.ts';
import type { THelpRequest, TUpdateHelpRequest } from '../../shared/schemas.ts';
import { DETECT_DUPLICATES_JOB } from '../consolidation/consolidation-job-names.ts';
import type { Database, Transaction } from '../db/client.ts';
import { helpRequests, sites, users } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import { notifyRequestEvents } from '../mail/notify-request-events.ts';
import type { Actor } from '../policies/actor.ts';
import { canBeAssigned, requestAbilities } from '../policies/request-policy.ts';
import { unlinkDeferredRelease } from '../releases/unlink-deferred-release.ts';
import { pageCriticalRequest } from '../sla/page-critical-request.ts';
import { refreshSlaClocks } from '../sla/refresh-sla-clocks.ts';
import { toActor } from '../users/present-user.ts';
import { getRequest } from './get-request.ts';
import { type LoadedRequest, loadRequestInScope } from './request-repository.ts';
import { appendEvents, type NewTimelineEvent } from './timeline.ts';

type Changes = Partial<typeof helpRequests.$inferInsert>;
type PlannedEvent = Omit<NewTimelineEvent, 'requestId' | 'actorId'>;
type Step = { changes: Changes; events: PlannedEvent[] };

/** What an offline change still does once merged with the server's current request (server/sync/). */
export type OfflineMerge = {
  /** An earlier send already applied it: nothing happens. */
  isAlreadyApplied: boolean;
  /** The part of the change that still applies. */
  input: TUpdateHelpRequest;
  /** Recorded with it, such as the offline values the server kept its own over. */
  events: PlannedEvent[];
  /** Stamped on the first event, so a retry finds the change applied. */
  clientId: string;
};

const EDITABLE_FIELDS = ['urgency', 'category', 'module', 'summary', 'description', 'tags'] as const;
const L3_FIELDS = ['l3State', 'fixVersion', 'codeChangeUrl'] as const;

const invalid = (field: string, message: string) =>
  new AppError('invalid', `${field} ${message}`, { errors: [{ field, message }] });

function planStatusChange(actor: Actor, request: LoadedRequest, input: TUpdateHelpRequest, now: Date): Step {
  const from = request.status as Status;
  const to = input.status as Status;
  if (from === to) return { changes: {}, events: [] };
  const abilities = requestAbilities(actor, request);
  if (!abilities.changeStatus && !abilities.allowedStatuses.includes(to)) throw forbidden('You may not change the status');
  if (!STATUS_TRANSITIONS[from].includes(to)) {
    throw new AppError('conflict', `A request cannot go from ${from} to ${to}`, {
      errors: [
        {
          field: 'status',
          message: `cannot change from ${from} to ${to}; allowed: ${STATUS_TRANSITIONS[from].join(', ') || 'none'}`,
        },
      ],
    });
  }
  const reason = input.reason ?? null;
  if (to === 'resolved') {
    const summary = input.resolutionSummary?.trim();
    if (!summary) throw invalid('resolutionSummary', 'is required to resolve a request');
    return {
      changes: { status: to, resolutionSummary: summary, resolvedAt: now, closedAt: null },
      events: [{ type: 'resolved', body: summary, data: { from, to } }],
    };
  }
  if (to === 'closed') {
    return { changes: { status: to, closedAt: now }, events: [{ type: 'status_changed', body: reason, data: { from, to } }] };
  }
  const isReopen = from === 'resolved' || from === 'closed';
  return {
    changes: { status: to, ...(isReopen ? { resolvedAt: null, closedAt: null } : {}) },
    events: [{ type: isReopen ? 'reopened' : 'status_changed', body: reason, data: { from, to } }],
  };
}

async function planAssignment(tx: Transaction, actor: Actor, request: LoadedRequest, assigneeId: string | null): Promise<Step> {
  if (!requestAbilities(actor, request).assign) throw forbidden('You may not assign this request');
  if (assigneeId === request.assigneeId) return { changes: {}, events: [] };
  let assigneeName: string | null = null;
  if (assigneeId) {
    const [user] = await tx.select().from(users).where(eq(users.id, assigneeId));
    if (!user?.isActive || !canBeAssigned(toActor(user), request)) {
      throw invalid('assigneeId', 'is not someone who can work this request');
    }
    assigneeName = user.name;
  }
  return {
    changes: { assigneeId },
    events: [
      { type: 'assigned', data: { fromId: request.assigneeId, fromName: request.assigneeName, toId: assigneeId, assigneeName } },
    ],
  };
}

async function planFieldEdits(tx: Transaction, actor: Actor, request: LoadedRequest, input: TUpdateHelpRequest): Promise<Step> {
  const step: Step = { changes: {}, events: [] };
  const touched = EDITABLE_FIELDS.filter((field) => input[field] !== undefined);
  if (touched.length === 0) return step;
  if (!requestAbilities(actor, request).edit) throw forbidden('You may not edit this request');
  if (input.module && input.module !== request.module) {
    const [site] = await tx.select({ modules: sites.modules, name: sites.name }).from(sites).where(eq(sites.id, request.siteId));
    if (!site.modules.includes(input.module)) throw invalid('module', `is not used at ${site.name}`);
  }
  for (const field of touched) {
    const from = request[field];
    const to = input[field];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    Object.assign(step.changes, { [field]: to });
    step.events.push({ type: 'field_changed', data: { field, from, to } });
  }
  if (input.urgency && input.urgency !== request.urgency) {
    // Becoming critical pages level 2 afresh and needs a new acknowledgement.
    const becomesCritical = input.urgency === 'critical';
    Object.assign(step.changes, {
      urgencyRank: URGENCIES.indexOf(input.urgency as Urgency),
      ...(becomesCritical ? { criticalAcknowledgedAt: null, criticalAcknowledgedById: null } : {}),
    });
  }
  return step;
}

function planL3Changes(actor: Actor, request: LoadedRequest, input: TUpdateHelpRequest): Step {
  const touched = L3_FIELDS.filter((field) => input[field] !== undefined && input[field] !== request[field]);
  if (touched.length === 0) return { changes: {}, events: [] };
  if (!requestAbilities(actor, request).setL3State) throw forbidden('Only level-3 workers set the level-3 state');
  const changes = Object.fromEntries(touched.map((field) => [field, input[field]]));
  const data = Object.fromEntries(touched.map((field) => [field, { from: request[field], to: input[field] }]));
  return { changes, events: [{ type: 'l3_state_changed', data }] };
}

export async function updateRequest(options: {
  db: Database;
  actor: Actor;
  id: string;
  input: TUpdateHelpRequest;
  /** Where mail links point; without it nothing is mailed (seeding, scripts). */
  mail?: MailSettings;
  /** Offline sync: decides, with the request locked, what of the change still applies. */
  merge?: (tx: Transaction, request: LoadedRequest) => Promise<OfflineMerge>;
  now?: Date;
}): Promise<THelpRequest> {
  const { db, actor } = options;
  const now = options.now ?? new Date();
  const id = await db.transaction(async (tx) => {
    const request = await loadRequestInScope(tx, actor, options.id, { forUpdate: true });
    const merged = options.merge ? await options.merge(tx, request) : null;
    if (merged?.isAlreadyApplied) return request.id;
    const input = merged?.input ?? options.input;
    const steps: Step[] = [await planFieldEdits(tx, actor, request, input), planL3Changes(actor, request, input)];
    if (input.assigneeId !== undefined) steps.push(await planAssignment(tx, actor, request, input.assigneeId));
    if (input.status !== undefined) steps.push(planStatusChange(actor, request, input, now));
    if (request.status === 'deferred' && input.status !== undefined && input.status !== 'deferred') {
      steps.push(await unlinkDeferredRelease(tx, request.id));
    }
    const changes: Changes = Object.assign({}, ...steps.map((step) => step.changes));
    const events = [...steps.flatMap((step) => step.events), ...(merged?.events ?? [])];
    if (events.length === 0) return request.id;
    await tx
      .update(helpRequests)
      .set({ ...changes, updatedAt: now })
      .where(eq(helpRequests.id, request.id));
    const appended = await appendEvents(
      tx,
      events.map((event, index) => ({
        ...event,
        requestId: request.id,
        actorId: actor.id,
        clientId: index === 0 ? (merged?.clientId ?? null) : null,
      })),
      now,
    );
    if (options.mail) await notifyRequestEvents(tx, { settings: options.mail, actor, events: appended, now });
    const isUrgencyChanged = changes.urgency !== undefined;
    await refreshSlaClocks(tx, { requestId: request.id, change: isUrgencyChanged ? 'targets' : 'status', now });
    if (changes.urgency === 'critical')
      await pageCriticalRequest(tx, { requestId: request.id, actorId: actor.id, settings: options.mail, now });
    if (changes.summary !== undefined) await enqueueJob(tx, DETECT_DUPLICATES_JOB, { requestId: request.id });
    return request.id;
  });
  return getRequest({ db, actor, id });
}
