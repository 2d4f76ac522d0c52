import { and, asc, eq, gt, inArray, isNull, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { Urgency } from '../../shared/constants.ts';
import { SLA_PAUSED_STATUSES } from '../../shared/sla-schemas.ts';
import type { Database, DbOrTx } from '../db/client.ts';
import { helpRequests } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { refreshSlaClocks } from './refresh-sla-clocks.ts';
import { initialDueTimes } from './sla-clocks.ts';
import { loadSiteCalendar, loadSlaPolicy } from './sla-settings.ts';

export const SLA_RECOMPUTE_JOB = 'sla.recompute';
const BATCH_SIZE = 200;

/**
 * Which requests' clocks to recompute: one site's (its calendar changed), those of some urgency ×
 * level pairs (their targets changed), or those that never had SLA clocks (logged before them).
 */
export type SlaRecomputeScope =
  | { kind: 'site'; siteId: string }
  | { kind: 'policies'; pairs: { urgency: Urgency; level: 1 | 2 | 3 }[] }
  | { kind: 'backfill' };

const isOpen = and(
  isNull(helpRequests.resolvedAt),
  isNull(helpRequests.closedAt),
  notInArray(helpRequests.status, ['resolved', 'closed']),
);

/** Open requests with no running clock in the register and no pause recorded: untouched since before SLAs. */
const hasNoClocks = and(
  isNull(helpRequests.slaDueAt),
  or(notInArray(helpRequests.status, [...SLA_PAUSED_STATUSES]), isNull(helpRequests.slaPausedAt)),
);

function scopeCondition(scope: SlaRecomputeScope): SQL | undefined {
  if (scope.kind === 'site') return eq(helpRequests.siteId, scope.siteId);
  if (scope.kind === 'backfill') return hasNoClocks;
  if (scope.pairs.length === 0) return sql`false`;
  return or(...scope.pairs.map((pair) => and(eq(helpRequests.urgency, pair.urgency), eq(helpRequests.level, pair.level))));
}

const scopeKey = (scope: SlaRecomputeScope) =>
  scope.kind === 'site' ? `site:${scope.siteId}` : scope.kind === 'policies' ? 'policies' : 'backfill';

/** Queues the recompute in the transaction that saved the calendar or policy, so it is never lost. */
export async function queueSlaRecompute(tx: DbOrTx, scope: SlaRecomputeScope, now: Date) {
  await enqueueJob(tx, SLA_RECOMPUTE_JOB, { scope, afterId: null }, { runAt: now });
}

/** At start-up: queues the backfill once when requests from before SLA clocks are still open. */
export async function queueSlaBackfillIfNeeded(db: Database): Promise<boolean> {
  const [row] = await db.select({ id: helpRequests.id }).from(helpRequests).where(and(isOpen, hasNoClocks)).limit(1);
  if (!row) return false;
  await enqueueJob(
    db,
    SLA_RECOMPUTE_JOB,
    { scope: { kind: 'backfill' }, afterId: null },
    { singletonKey: 'sla-recompute:backfill' },
  );
  return true;
}

/**
 * One batch of the `sla.recompute` job, in one transaction: each open request in scope gets its
 * due times recomputed from its start on the current calendar and targets (time spent paused
 * still never counts), its register columns and next check. A full batch queues the next one in
 * the same transaction, so a crash redoes at most one batch, and redoing one changes nothing.
 */
export async function recomputeSlaClocks(options: {
  db: Database;
  scope: SlaRecomputeScope;
  afterId: string | null;
  now?: Date;
  batchSize?: number;
}): Promise<number> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const { scope } = options;
  return options.db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: helpRequests.id })
      .from(helpRequests)
      .where(and(isOpen, scopeCondition(scope), options.afterId ? gt(helpRequests.id, options.afterId) : undefined))
      .orderBy(asc(helpRequests.id))
      .limit(batchSize)
      .for('update');
    if (scope.kind === 'backfill')
      await startMissingClocks(
        tx,
        rows.map((row) => row.id),
      );
    for (const row of rows) await refreshSlaClocks(tx, { requestId: row.id, change: 'targets', now });
    if (rows.length === batchSize) {
      const afterId = rows[rows.length - 1].id;
      await enqueueJob(
        tx,
        SLA_RECOMPUTE_JOB,
        { scope, afterId },
        { runAt: now, singletonKey: `sla-recompute:${scopeKey(scope)}:${afterId}:${now.toISOString()}` },
      );
    }
    return rows.length;
  });
}

/** Requests logged before clocks existed may lack due times: they start at creation, like a new request's. */
async function startMissingClocks(tx: DbOrTx, ids: string[]) {
  if (ids.length === 0) return;
  const rows = await tx
    .select()
    .from(helpRequests)
    .where(and(inArray(helpRequests.id, ids), or(isNull(helpRequests.firstResponseDueAt), isNull(helpRequests.resolutionDueAt))));
  for (const row of rows) {
    const calendar = await loadSiteCalendar(tx, row.siteId);
    const policy = await loadSlaPolicy(tx, row.urgency as Urgency, row.level as 1 | 2 | 3);
    const due = initialDueTimes(calendar, policy, row.createdAt);
    await tx
      .update(helpRequests)
      .set({
        firstResponseDueAt: row.firstResponseDueAt ?? (row.firstRespondedAt ? null : due.firstResponseDueAt),
        resolutionDueAt: row.resolutionDueAt ?? due.resolutionDueAt,
      })
      .where(eq(helpRequests.id, row.id));
  }
}
