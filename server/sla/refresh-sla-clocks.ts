import { eq } from 'drizzle-orm';
import type { Urgency } from '../../shared/constants.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests } from '../db/schema/index.ts';
import { addBusinessMinutes } from './business-hours.ts';
import { scheduleSlaCheck } from './schedule-sla-check.ts';
import {
  isClockOpen,
  isPausedStatus,
  recomputedDueTimes,
  registerDueColumns,
  resumedClocks,
  runningThresholds,
  type SlaFacts,
} from './sla-clocks.ts';
import { loadSiteCalendar, loadSlaPolicy } from './sla-settings.ts';

/** What just happened to the request, beyond a possible status change. */
export type SlaChange = 'status' | 'targets' | 'reporter_comment' | 'staff_response';

/**
 * Brings a request's SLA clocks up to date after a change, in the change's transaction (the
 * row already written and locked): pauses or resumes them with the status, recomputes targets
 * after an urgency or level change, starts or meets the next-response clock, refreshes the
 * register's due columns and queues the next check.
 */
export async function refreshSlaClocks(tx: DbOrTx, options: { requestId: string; change: SlaChange; now: Date }) {
  const { now, change } = options;
  const [row] = await tx.select().from(helpRequests).where(eq(helpRequests.id, options.requestId));
  if (!row) return;
  const calendar = await loadSiteCalendar(tx, row.siteId);
  const policy = await loadSlaPolicy(tx, row.urgency as Urgency, row.level as 1 | 2 | 3);
  const facts: SlaFacts = { ...row };
  const changes: Partial<typeof helpRequests.$inferInsert> = {};
  const apply = (partial: Partial<SlaFacts>) => {
    Object.assign(facts, partial);
    Object.assign(changes, partial);
  };

  if (isPausedStatus(row.status) && !row.slaPausedAt) apply({ slaPausedAt: now });
  if (!isPausedStatus(row.status) && row.slaPausedAt) apply(resumedClocks(calendar, facts, now));
  if (change === 'targets') apply(recomputedDueTimes(calendar, policy, facts));
  if (change === 'staff_response' && facts.nextResponseDueAt) apply({ nextResponseDueAt: null });
  const isAwaitingAnswer = facts.nextResponseDueAt !== null;
  if (change === 'reporter_comment' && facts.firstRespondedAt && !isAwaitingAnswer && !facts.resolvedAt && !facts.closedAt) {
    // While paused the clock starts where the pause began, so resuming gives it its whole target.
    const start = facts.slaPausedAt ?? now;
    apply({ nextResponseStartedAt: start, nextResponseDueAt: addBusinessMinutes(calendar, start, policy.nextResponseMinutes) });
  }
  if (!isClockOpen(facts, 'next_response') && facts.nextResponseDueAt && (facts.resolvedAt || facts.closedAt)) {
    apply({ nextResponseDueAt: null });
  }
  const thresholds = runningThresholds(calendar, policy, facts);
  Object.assign(changes, registerDueColumns(thresholds));
  await tx.update(helpRequests).set(changes).where(eq(helpRequests.id, row.id));
  await scheduleSlaCheck(tx, row.id, thresholds, now);
}
