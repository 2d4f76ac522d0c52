import type { TBusinessCalendar, TSlaPolicy } from '../../shared/sla-schemas.ts';
import { initialDueTimes, registerDueColumns, runningThresholds } from './sla-clocks.ts';

/** The SLA columns of a request no one has answered yet. */
export const NOT_STARTED_SLA = {
  firstRespondedAt: null,
  resolvedAt: null,
  closedAt: null,
  nextResponseDueAt: null,
  nextResponseStartedAt: null,
  slaPausedAt: null,
  slaPausedMinutes: 0,
  criticalAcknowledgedAt: null,
};

/** Due times, running clocks and register columns of a request logged at `createdAt`. */
export function newRequestSla(
  calendar: TBusinessCalendar,
  policy: TSlaPolicy,
  facts: { createdAt: Date; status?: string; resolvedAt?: Date | null; closedAt?: Date | null },
) {
  const due = initialDueTimes(calendar, policy, facts.createdAt);
  const thresholds = runningThresholds(calendar, policy, {
    ...NOT_STARTED_SLA,
    ...due,
    createdAt: facts.createdAt,
    status: facts.status ?? 'new',
    resolvedAt: facts.resolvedAt ?? null,
    closedAt: facts.closedAt ?? null,
  });
  return { due, thresholds, register: registerDueColumns(thresholds) };
}
