import { LEVELS, URGENCIES, type Urgency } from '../../shared/constants.ts';
import type { TBusinessCalendar, TSlaPolicy } from '../../shared/sla-schemas.ts';

const HOUR = 60;
const DAY = 8 * HOUR;

/** A site with no calendar of its own works Monday to Friday, 08:00–12:00 and 13:00–17:00 local time. */
export const DEFAULT_WORKING_TIME: Omit<TBusinessCalendar, 'timeZone'> = {
  workingDays: [1, 2, 3, 4, 5],
  hours: [
    { start: '08:00', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ],
  holidays: [],
};

/** Business-minute targets by urgency; level 3 gets twice the resolution time (a code change ships). */
const TARGETS: Record<Urgency, { firstResponse: number; nextResponse: number; resolution: number }> = {
  critical: { firstResponse: 1 * HOUR, nextResponse: 2 * HOUR, resolution: 1 * DAY },
  high: { firstResponse: 4 * HOUR, nextResponse: 1 * DAY, resolution: 3 * DAY },
  normal: { firstResponse: 1 * DAY, nextResponse: 2 * DAY, resolution: 5 * DAY },
  low: { firstResponse: 3 * DAY, nextResponse: 5 * DAY, resolution: 10 * DAY },
};

export function defaultSlaPolicy(urgency: Urgency, level: 1 | 2 | 3): TSlaPolicy {
  const target = TARGETS[urgency];
  return {
    urgency,
    level,
    firstResponseMinutes: target.firstResponse,
    nextResponseMinutes: target.nextResponse,
    resolutionMinutes: level === 3 ? target.resolution * 2 : target.resolution,
    warnPercent: 75,
  };
}

export const DEFAULT_SLA_POLICIES: TSlaPolicy[] = URGENCIES.flatMap((urgency) =>
  LEVELS.map((level) => defaultSlaPolicy(urgency, level)),
);
