import {
  SLA_CLOCKS,
  SLA_PAUSED_STATUSES,
  type SlaClock,
  type TBusinessCalendar,
  type TSlaPolicy,
} from '../../shared/sla-schemas.ts';
import { addBusinessMinutes, businessMinutesBetween } from './business-hours.ts';

/** The columns of a request its SLA clocks are computed from. */
export type SlaFacts = {
  createdAt: Date;
  status: string;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  nextResponseStartedAt: Date | null;
  resolutionDueAt: Date | null;
  slaPausedAt: Date | null;
  slaPausedMinutes: number;
};

export type DueColumn = 'firstResponseDueAt' | 'nextResponseDueAt' | 'resolutionDueAt';
export const DUE_COLUMN: Record<SlaClock, DueColumn> = {
  first_response: 'firstResponseDueAt',
  next_response: 'nextResponseDueAt',
  resolution: 'resolutionDueAt',
};
const TARGET: Record<SlaClock, keyof TSlaPolicy> = {
  first_response: 'firstResponseMinutes',
  next_response: 'nextResponseMinutes',
  resolution: 'resolutionMinutes',
};

export const isPausedStatus = (status: string) => (SLA_PAUSED_STATUSES as readonly string[]).includes(status);
export const targetMinutes = (policy: TSlaPolicy, clock: SlaClock) => policy[TARGET[clock]] as number;

/** Whether a clock still runs (or stands paused): not yet met, and the request not done. */
export function isClockOpen(facts: SlaFacts, clock: SlaClock): boolean {
  if (facts.resolvedAt || facts.closedAt || !facts[DUE_COLUMN[clock]]) return false;
  return clock !== 'first_response' || !facts.firstRespondedAt;
}

export const openClocks = (facts: SlaFacts) => SLA_CLOCKS.filter((clock) => isClockOpen(facts, clock));

/** When a clock's warning goes out: the policy's share of its target before the due time. */
export function warnAt(calendar: TBusinessCalendar, policy: TSlaPolicy, clock: SlaClock, due: Date): Date {
  const lead = Math.round((targetMinutes(policy, clock) * (100 - policy.warnPercent)) / 100);
  return addBusinessMinutes(calendar, due, -lead);
}

/** Due times when a request is logged: both clocks start at creation. */
export function initialDueTimes(calendar: TBusinessCalendar, policy: TSlaPolicy, createdAt: Date) {
  return {
    firstResponseDueAt: addBusinessMinutes(calendar, createdAt, policy.firstResponseMinutes),
    resolutionDueAt: addBusinessMinutes(calendar, createdAt, policy.resolutionMinutes),
  };
}

/**
 * Due times after the urgency or level changed: the new targets from each clock's start, plus the
 * business minutes already spent paused (those never count against the request).
 */
export function recomputedDueTimes(calendar: TBusinessCalendar, policy: TSlaPolicy, facts: SlaFacts): Partial<SlaFacts> {
  const changes: Partial<SlaFacts> = {};
  const paused = facts.slaPausedMinutes;
  if (isClockOpen(facts, 'first_response')) {
    changes.firstResponseDueAt = addBusinessMinutes(calendar, facts.createdAt, policy.firstResponseMinutes + paused);
  }
  if (isClockOpen(facts, 'resolution')) {
    changes.resolutionDueAt = addBusinessMinutes(calendar, facts.createdAt, policy.resolutionMinutes + paused);
  }
  if (isClockOpen(facts, 'next_response') && facts.nextResponseStartedAt) {
    changes.nextResponseDueAt = addBusinessMinutes(calendar, facts.nextResponseStartedAt, policy.nextResponseMinutes);
  }
  return changes;
}

/**
 * Leaving a paused status: every clock that had time left when it stopped gets that same
 * business time again from now; clocks already overdue stay overdue.
 */
export function resumedClocks(calendar: TBusinessCalendar, facts: SlaFacts, now: Date): Partial<SlaFacts> {
  const pausedAt = facts.slaPausedAt;
  if (!pausedAt) return {};
  const changes: Partial<SlaFacts> = {
    slaPausedAt: null,
    slaPausedMinutes: facts.slaPausedMinutes + Math.round(businessMinutesBetween(calendar, pausedAt, now)),
  };
  for (const clock of openClocks(facts)) {
    const due = facts[DUE_COLUMN[clock]];
    if (!due || due <= pausedAt) continue;
    changes[DUE_COLUMN[clock]] = addBusinessMinutes(calendar, now, businessMinutesBetween(calendar, pausedAt, due));
  }
  return changes;
}

export type ClockThresholds = { clock: SlaClock; dueAt: Date; warnAt: Date };

/** Warning and due instants of every running clock (none while paused). */
export function runningThresholds(calendar: TBusinessCalendar, policy: TSlaPolicy, facts: SlaFacts): ClockThresholds[] {
  if (facts.slaPausedAt || isPausedStatus(facts.status)) return [];
  return openClocks(facts).map((clock) => {
    const dueAt = facts[DUE_COLUMN[clock]] as Date;
    return { clock, dueAt, warnAt: warnAt(calendar, policy, clock, dueAt) };
  });
}

const earliest = (dates: Date[]) => (dates.length ? new Date(Math.min(...dates.map((date) => date.getTime()))) : null);

/** The register's columns: the soonest due time and warning among running clocks. */
export function registerDueColumns(thresholds: ClockThresholds[]) {
  return { slaDueAt: earliest(thresholds.map((t) => t.dueAt)), slaWarnAt: earliest(thresholds.map((t) => t.warnAt)) };
}

/** The next instant after `now` at which a warning or breach falls due, to schedule the check. */
export function nextThreshold(thresholds: ClockThresholds[], now: Date): Date | null {
  return earliest(thresholds.flatMap((t) => [t.warnAt, t.dueAt]).filter((date) => date > now));
}
