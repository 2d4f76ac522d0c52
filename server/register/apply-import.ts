import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Status, URGENCIES, type Urgency } from '../../shared/constants.ts';
import type { TImportValues } from '../../shared/register-schemas.ts';
import type { TRequestSource } from '../../shared/schemas.ts';
import { DETECT_DUPLICATES_ATTEMPTS, DETECT_DUPLICATES_JOB } from '../consolidation/consolidation-job-names.ts';
import type { Database, Transaction } from '../db/client.ts';
import { helpRequests, registerImportRows, registerImports, sites, timelineEvents } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { enqueueJobs, type QueuedJob } from '../jobs/enqueue-jobs.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { requestReferenceSql } from '../requests/request-reference.ts';
import { appendEvents, type NewTimelineEvent } from '../requests/timeline.ts';
import { newRequestSla } from '../sla/new-request-sla.ts';
import { pageCriticalRequest } from '../sla/page-critical-request.ts';
import { refreshSlaClocks } from '../sla/refresh-sla-clocks.ts';
import { slaCheckJobs } from '../sla/schedule-sla-check.ts';
import { loadSiteCalendar, loadSlaPolicy } from '../sla/sla-settings.ts';
import type { ImportChange } from './plan-import-row.ts';

const BATCH = 1000;
type ImportRowRecord = typeof registerImportRows.$inferSelect;
type Upload = typeof registerImports.$inferSelect;

/** What must follow the created rows, queued at the end of the import's transaction. */
type FollowUps = { jobs: QueuedJob[]; criticalIds: string[] };

/**
 * Writes a previewed file to the register in one transaction: every row or none. A request
 * changed by someone else since the preview makes the whole file refuse, so nothing is overwritten unseen.
 * Each created row gets what a request logged one by one gets, in the same transaction: a
 * duplicate check, its SLA checks (queued in one statement for the whole file) and, when open and
 * critical, the page to the level-2 people on duty.
 */
export async function applyImport(options: { db: Database; actor: Actor; upload: Upload; mail?: MailSettings; now?: Date }) {
  const { db, actor, upload } = options;
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const [locked] = await tx.select().from(registerImports).where(eq(registerImports.id, upload.id)).for('update');
    // Applied already by an earlier run of its job (one whose lock expired while it worked).
    if (locked.status !== 'applying') return;
    const rows = await tx
      .select()
      .from(registerImportRows)
      .where(and(eq(registerImportRows.importId, upload.id), inArray(registerImportRows.action, ['create', 'update'])))
      .orderBy(asc(registerImportRows.row));
    for (const row of rows.filter((entry) => entry.action === 'update')) await applyUpdate(tx, actor, upload, row, now);
    const creates = rows.filter((entry) => entry.action === 'create');
    const bySite = new Map<string, ImportRowRecord[]>();
    for (const row of creates) {
      const siteId = (row.values as TImportValues).siteId;
      const list = bySite.get(siteId) ?? [];
      list.push(row);
      bySite.set(siteId, list);
    }
    const followUps: FollowUps = { jobs: [], criticalIds: [] };
    for (const [siteId, siteRows] of bySite) await insertRows(tx, actor, upload, siteId, siteRows, now, followUps);
    await enqueueJobs(tx, followUps.jobs);
    for (const requestId of followUps.criticalIds) {
      await pageCriticalRequest(tx, { requestId, actorId: actor.id, settings: options.mail, now });
    }
    await tx.update(registerImports).set({ status: 'applied', appliedAt: now }).where(eq(registerImports.id, upload.id));
  });
}

async function applyUpdate(tx: Transaction, actor: Actor, upload: Upload, row: ImportRowRecord, now: Date) {
  const [request] = await tx
    .select()
    .from(helpRequests)
    .where(eq(helpRequests.id, row.requestId as string))
    .for('update');
  if (request.updatedAt.getTime() !== row.baseUpdatedAt?.getTime()) {
    throw new AppError(
      'conflict',
      `${request.reference} changed after the preview (row ${row.row}): upload the file again for a fresh preview`,
      {
        errors: [{ field: 'file', message: `row ${row.row}: ${request.reference} changed after the preview` }],
      },
    );
  }
  const set: Partial<typeof helpRequests.$inferInsert> = { updatedAt: now };
  const events: NewTimelineEvent[] = [];
  const via = { via: 'spreadsheet', importId: upload.id, row: row.row };
  for (const change of row.changes as ImportChange[]) {
    if (change.field === 'status') {
      const to = change.to as Status;
      const from = change.from as Status;
      const isReopen = from === 'resolved' || from === 'closed';
      Object.assign(set, { status: to });
      if (to === 'resolved') Object.assign(set, { resolvedAt: now, closedAt: null });
      else if (to === 'closed') Object.assign(set, { closedAt: now });
      else if (isReopen) Object.assign(set, { resolvedAt: null, closedAt: null });
      const resolution = (row.values as TImportValues).resolutionSummary;
      const type = to === 'resolved' ? 'resolved' : isReopen ? 'reopened' : 'status_changed';
      events.push({
        requestId: request.id,
        type,
        actorId: actor.id,
        body: to === 'resolved' ? resolution : null,
        data: { from, to, ...via },
      });
      continue;
    }
    Object.assign(set, { [change.field]: change.to });
    if (change.field === 'urgency') {
      Object.assign(set, {
        urgencyRank: URGENCIES.indexOf(change.to as Urgency),
      });
    }
    events.push({ requestId: request.id, type: 'field_changed', actorId: actor.id, data: { ...change, ...via } });
  }
  await tx.update(helpRequests).set(set).where(eq(helpRequests.id, request.id));
  await appendEvents(tx, events, now);
  const isRetargeted = 'urgency' in set;
  if (isRetargeted || 'status' in set) {
    await refreshSlaClocks(tx, { requestId: request.id, change: isRetargeted ? 'targets' : 'status', now });
  }
}

async function insertRows(
  tx: Transaction,
  actor: Actor,
  upload: Upload,
  siteId: string,
  rows: ImportRowRecord[],
  now: Date,
  followUps: FollowUps,
) {
  // One counter bump numbers the whole batch; the site row stays locked until the transaction ends.
  const [site] = await tx
    .update(sites)
    .set({ lastRequestNumber: sql`${sites.lastRequestNumber} + ${rows.length}` })
    .where(eq(sites.id, siteId))
    .returning();
  const firstNumber = site.lastRequestNumber - rows.length + 1;
  const calendar = await loadSiteCalendar(tx, siteId);
  const policies = {} as Record<Urgency, Awaited<ReturnType<typeof loadSlaPolicy>>>;
  for (const urgency of URGENCIES) policies[urgency] = await loadSlaPolicy(tx, urgency, 1);
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const records = batch.map((row, index) => {
      const values = row.values as TImportValues;
      const number = firstNumber + start + index;
      const createdAt = values.receivedAt ? new Date(values.receivedAt) : now;
      const urgency = values.urgency ?? 'normal';
      const status = values.status ?? 'new';
      const resolvedAt = status === 'resolved' || (status === 'closed' && values.resolutionSummary) ? now : null;
      const closedAt = status === 'closed' ? now : null;
      const sla = newRequestSla(calendar, policies[urgency], { createdAt, status, resolvedAt, closedAt });
      const source: TRequestSource = {
        via: 'spreadsheet',
        fileName: upload.fileName,
        row: row.row,
        importId: upload.id,
        ...(values.rowId ? { rowId: values.rowId } : {}),
      };
      const id = randomUUID();
      followUps.jobs.push(
        { name: DETECT_DUPLICATES_JOB, payload: { requestId: id }, runAt: now, maxAttempts: DETECT_DUPLICATES_ATTEMPTS },
        ...slaCheckJobs(id, sla.thresholds, now),
      );
      if (urgency === 'critical' && !resolvedAt && !closedAt) followUps.criticalIds.push(id);
      return {
        id,
        siteId,
        number,
        language: site.languages[0] ?? 'en',
        module: values.module ?? site.modules[0],
        channel: values.channel ?? 'spreadsheet',
        reporterId: null,
        reporterName: values.reporterName || null,
        reporterContact: values.reporterContact || null,
        summary: values.summary,
        description: values.description ?? '',
        category: values.category ?? 'other',
        urgency,
        urgencyRank: URGENCIES.indexOf(urgency),
        status,
        resolutionSummary: status === 'resolved' || status === 'closed' ? values.resolutionSummary : null,
        resolvedAt,
        closedAt,
        tags: [],
        createdById: actor.id,
        source,
        createdAt,
        updatedAt: now,
        ...sla.due,
        ...sla.register,
      } satisfies Omit<typeof helpRequests.$inferInsert, 'reference'>;
    });
    await tx
      .insert(helpRequests)
      .values(records.map((record) => ({ ...record, reference: requestReferenceSql(site.code, record.number) })));
    const events: NewTimelineEvent[] = records.map((record) => ({
      requestId: record.id,
      type: 'created',
      actorId: actor.id,
      data: {
        channel: record.channel,
        via: 'spreadsheet',
        importId: upload.id,
        fileName: upload.fileName,
        row: record.source.row,
      },
    }));
    await appendEventsAt(
      tx,
      events,
      records.map((record) => record.createdAt),
    );
    const statusEvents: NewTimelineEvent[] = records
      .filter((record) => record.status !== 'new')
      .map((record) => ({
        requestId: record.id,
        type: record.status === 'resolved' ? 'resolved' : 'status_changed',
        actorId: actor.id,
        body: record.status === 'resolved' ? record.resolutionSummary : null,
        data: { from: 'new', to: record.status, via: 'spreadsheet', importId: upload.id, row: record.source.row },
      }));
    await appendEvents(tx, statusEvents, now);
  }
}

/** The `created` event carries the date the row says the request was received. */
async function appendEventsAt(tx: Transaction, events: NewTimelineEvent[], times: Date[]) {
  if (events.length === 0) return;
  await tx
    .insert(timelineEvents)
    .values(events.map((event, index) => ({ ...event, isInternal: false, data: event.data ?? {}, createdAt: times[index] })));
}
