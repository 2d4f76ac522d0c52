import type { Urgency } from '../../shared/constants.ts';

const HOUR = 3_600_000;

/**
 * Default targets in wall-clock hours until SLA policies with business calendars exist:
 * first response and resolution by urgency.
 */
const TARGET_HOURS: Record<Urgency, { firstResponse: number; resolution: number }> = {
  critical: { firstResponse: 1, resolution: 8 },
  high: { firstResponse: 4, resolution: 48 },
  normal: { firstResponse: 24, resolution: 120 },
  low: { firstResponse: 72, resolution: 240 },
};

export function slaDueTimes(urgency: Urgency, from: Date) {
  const target = TARGET_HOURS[urgency];
  return {
    firstResponseDueAt: new Date(from.getTime() + target.firstResponse * HOUR),
    resolutionDueAt: new Date(from.getTime() + target.resolution * HOUR),
  };
}
