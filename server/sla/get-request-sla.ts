import { eq } from 'drizzle-orm';
import type { Urgency } from '../../shared/constants.ts';
import type { SlaClock, TRequestSla, TSlaClockState } from '../../shared/sla-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { isCriticalPending } from '../policies/request-policy.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { DUE_COLUMN, isClockOpen, isPausedStatus, warnAt } from './sla-clocks.ts';
import { loadSiteCalendar, loadSlaPolicy } from './sla-settings.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** A request's SLA clocks as of now: due, warning instant and state of each, paused or not, and the critical acknowledgement. */
export async function getRequestSla(options: { db: DbOrTx; actor: Actor; id: string; now?: Date }): Promise<TRequestSla> {
  const { db } = options;
  const now = options.now ?? new Date();
  const row = await loadRequestInScope(db, options.actor, options.id);
  const calendar = await loadSiteCalendar(db, row.siteId);
  const policy = await loadSlaPolicy(db, row.urgency as Urgency, row.level as 1 | 2 | 3);
  const isPaused = row.slaPausedAt !== null || isPausedStatus(row.status);
  const metAt: Record<SlaClock, Date | null> = {
    first_response: row.firstRespondedAt ?? row.resolvedAt,
    next_response: null,
    resolution: row.resolvedAt,
  };
  const clocks: TSlaClockState[] = [];
  for (const clock of ['first_response', 'next_response', 'resolution'] as const) {
    const due = row[DUE_COLUMN[clock]];
    if (!due) continue;
    if (!isClockOpen(row, clock)) {
      const met = metAt[clock];
      if (!met) continue;
      clocks.push({ clock, dueAt: iso(due), warnAt: null, state: met <= due ? 'met' : 'met_late', metAt: iso(met) });
      continue;
    }
    const warning = warnAt(calendar, policy, clock, due);
    const state = isPaused ? 'paused' : now >= due ? 'breached' : now >= warning ? 'warning' : 'running';
    clocks.push({ clock, dueAt: iso(due), warnAt: iso(warning), state, metAt: null });
  }
  let acknowledgedBy: string | null = null;
  if (row.criticalAcknowledgedById) {
    const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, row.criticalAcknowledgedById));
    acknowledgedBy = user?.name ?? null;
  }
  return {
    isPaused,
    pausedAt: iso(row.slaPausedAt),
    clocks,
    isCriticalPending: isCriticalPending(row),
    criticalAcknowledgedAt: iso(row.criticalAcknowledgedAt),
    criticalAcknowledgedByName: acknowledgedBy,
  };
}
