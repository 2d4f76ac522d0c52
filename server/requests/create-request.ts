import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { URGENCIES } from '../../shared/constants.ts';
import { type TCreateHelpRequest, type THelpRequest, type TRequestSource, ZCreateHelpRequest } from '../../shared/schemas.ts';
import { DETECT_DUPLICATES_ATTEMPTS, DETECT_DUPLICATES_JOB } from '../consolidation/consolidation-job-names.ts';
import type { Database } from '../db/client.ts';
import { sites } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { canCreateRequestAt } from '../policies/request-policy.ts';
import { NOT_STARTED_SLA, newRequestSla } from '../sla/new-request-sla.ts';
import { pageCriticalRequest } from '../sla/page-critical-request.ts';
import { scheduleSlaCheck } from '../sla/schedule-sla-check.ts';
import { loadSiteCalendar, loadSlaPolicy } from '../sla/sla-settings.ts';
import { presentRequest } from './present-request.ts';
import { requestReferenceSql } from './request-reference.ts';
import type { HelpRequestRow } from './request-repository.ts';

type CreatedRow = { reference: string; number: number; language: string; code: string; name: string };

export async function createRequest(options: {
  db: Database;
  actor: Actor;
  input: TCreateHelpRequest;
  /** Where the row came from; a plain web form when left out. */
  source?: TRequestSource;
  /** Offline clients' own id for the request. */
  clientId?: string;
  /** Where mail links point; without it nobody is paged by e-mail (seeding, scripts). */
  mail?: MailSettings;
  /** Who is recorded as having logged it, when not the actor: null for mail intake (no person). */
  recordedById?: string | null;
  now?: Date;
}): Promise<THelpRequest> {
  const { db, actor } = options;
  const input = ZCreateHelpRequest.parse(options.input);
  const isOnBehalf = actor.role !== 'reporter' && Boolean(input.reporterName);
  const now = options.now ?? new Date();
  if (!canCreateRequestAt(actor, { id: input.siteId })) throw cannotLogAt('siteId', 'is not a site you can log requests for');
  const id = randomUUID();
  const source = options.source ?? { via: 'web' };
  const clientId = options.clientId ?? null;
  const recordedById = options.recordedById === undefined ? actor.id : options.recordedById;
  const calendar = await loadSiteCalendar(db, input.siteId).catch(() => null);
  if (!calendar) return refuse(db, input);
  const policy = await loadSlaPolicy(db, input.urgency, 1);
  const { due, thresholds, register } = newRequestSla(calendar, policy, { createdAt: now });
  const reporter = isOnBehalf
    ? { id: null, name: input.reporterName ?? null, contact: input.reporterContact ?? null }
    : { id: actor.id, name: actor.name, contact: actor.email };
  // One statement numbers, inserts and records the event: the site row is locked only for its
  // duration, so references never collide and concurrent logging at one site stays fast. The SLA
  // check and a critical request's paging are queued in the same transaction.
  const created = await db.transaction(async (tx) => {
    const result = await tx.execute(sql`
    with site as (
      update sites set last_request_number = last_request_number + 1
      where id = ${input.siteId} and is_active and ${input.module} = any(modules)
      returning id, code, name, languages[1] as language, last_request_number as number
    ), request as (
      insert into help_requests (id, reference, site_id, number, language, module, channel, reporter_id, reporter_name,
        reporter_contact, summary, description, category, urgency, urgency_rank, tags, created_by_id, created_at,
        updated_at, first_response_due_at, resolution_due_at, sla_due_at, sla_warn_at, source, client_id)
      select ${id}::uuid, ${requestReferenceSql(sql`site.code`, sql`site.number`)},
        site.id, site.number, coalesce(site.language, 'en'), ${input.module}, ${input.channel}, ${reporter.id}::uuid, ${reporter.name},
        ${reporter.contact}, ${input.summary}, ${input.description}, ${input.category}, ${input.urgency},
        ${URGENCIES.indexOf(input.urgency)}, array(select jsonb_array_elements_text(${JSON.stringify(input.tags)}::jsonb)), ${recordedById}::uuid, ${now}::timestamptz,
        ${now}::timestamptz, ${due.firstResponseDueAt}::timestamptz, ${due.resolutionDueAt}::timestamptz,
        ${register.slaDueAt}::timestamptz, ${register.slaWarnAt}::timestamptz,
        ${JSON.stringify(source)}::jsonb, ${clientId}::uuid
      from site
      returning id, reference, number, language
    ), event as (
      insert into timeline_events (request_id, type, actor_id, is_internal, data, created_at)
      select request.id, 'created', ${recordedById}::uuid, false, ${JSON.stringify({ channel: input.channel })}::jsonb, ${now}::timestamptz
      from request
    ), detect_duplicates as (
      insert into jobs (name, payload, run_at, max_attempts)
      select ${DETECT_DUPLICATES_JOB}, jsonb_build_object('requestId', request.id), ${now}::timestamptz, ${DETECT_DUPLICATES_ATTEMPTS}::int
      from request
    )
    select request.reference, request.number, request.language, site.code, site.name from request, site`);
    // PGlite and node-postgres both answer { rows }.
    const [row] = (result as unknown as { rows: CreatedRow[] }).rows;
    if (!row) return null;
    await scheduleSlaCheck(tx, id, thresholds, now);
    if (input.urgency === 'critical')
      await pageCriticalRequest(tx, { requestId: id, actorId: actor.id, settings: options.mail, now });
    return row;
  });
  if (!created) return refuse(db, input);
  const row = {
    id,
    reference: created.reference,
    siteId: input.siteId,
    number: Number(created.number),
    module: input.module,
    channel: input.channel,
    reporterId: reporter.id,
    reporterName: reporter.name,
    reporterContact: reporter.contact,
    summary: input.summary,
    language: created.language,
    description: input.description,
    category: input.category,
    urgency: input.urgency,
    urgencyRank: URGENCIES.indexOf(input.urgency),
    level: 1,
    status: 'new',
    assigneeId: null,
    vendorTeamId: null,
    l3State: null,
    fixVersion: null,
    codeChangeUrl: null,
    tags: input.tags,
    resolutionSummary: null,
    dossier: null,
    externalKey: null,
    externalUrl: null,
    ...due,
    ...NOT_STARTED_SLA,
    ...register,
    criticalAcknowledgedById: null,
    createdById: recordedById,
    source,
    clientId,
    mergedIntoId: null,
    createdAt: now,
    updatedAt: now,
  } satisfies HelpRequestRow;
  return presentRequest(
    { ...row, siteCode: created.code, siteName: created.name, assigneeName: null, vendorTeamName: null },
    actor,
    [],
  );
}

const cannotLogAt = (field: string, message: string) =>
  new AppError('invalid', `You cannot log this request: ${field} ${message}`, { errors: [{ field, message }] });

/** Says precisely why the insert found no site to number the request at. */
async function refuse(db: Database, input: { siteId: string; module: string }): Promise<never> {
  const [site] = await db.select().from(sites).where(eq(sites.id, input.siteId));
  if (!site) throw cannotLogAt('siteId', 'is not a site you can log requests for');
  if (!site.isActive) throw cannotLogAt('siteId', 'is inactive');
  throw cannotLogAt('module', `is not used at ${site.name}`);
}
