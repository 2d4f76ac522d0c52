import { z } from 'zod';
import { LEVELS, URGENCIES } from './constants.ts';

/** The three clocks a request runs against its SLA policy. */
export const SLA_CLOCKS = ['first_response', 'next_response', 'resolution'] as const;
export type SlaClock = (typeof SLA_CLOCKS)[number];

export const SLA_ALERT_KINDS = ['warning', 'breach'] as const;
export type SlaAlertKind = (typeof SLA_ALERT_KINDS)[number];

/** Statuses during which every clock stands still. */
export const SLA_PAUSED_STATUSES = ['waiting_on_reporter', 'deferred'] as const;

const ZTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time like 08:30')
  .describe('HH:MM, local time of the site');

export const ZWorkingHours = z.object({ start: ZTime, end: ZTime });
export type TWorkingHours = z.infer<typeof ZWorkingHours>;

/** A site's business calendar; `timeZone` is the site's IANA zone. */
export const ZBusinessCalendar = z.object({
  timeZone: z.string(),
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  workingDays: z.array(z.number().int().min(1).max(7)),
  hours: z.array(ZWorkingHours),
  /** Local dates, `2026-12-25`. */
  holidays: z.array(z.string()),
});
export type TBusinessCalendar = z.infer<typeof ZBusinessCalendar>;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const ZBusinessCalendarInput = z
  .object({
    timeZone: z.string().trim().min(1, 'is required').max(100),
    workingDays: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'choose at least one working day')
      .transform((days) => [...new Set(days)].sort()),
    hours: z.array(ZWorkingHours).min(1, 'add at least one working period').max(6),
    holidays: z
      .array(z.string().date('must be a date like 2026-12-25'))
      .max(400)
      .transform((dates) => [...new Set(dates)].sort()),
  })
  .superRefine((calendar, context) => {
    const sorted = [...calendar.hours].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
    sorted.forEach((hours, index) => {
      if (minutesOf(hours.end) <= minutesOf(hours.start)) {
        context.addIssue({ code: 'custom', path: ['hours', index, 'end'], message: 'must be after the start' });
      }
      const previous = sorted[index - 1];
      if (previous && minutesOf(hours.start) < minutesOf(previous.end)) {
        context.addIssue({ code: 'custom', path: ['hours', index, 'start'], message: 'overlaps the previous period' });
      }
    });
  })
  .transform((calendar) => ({
    ...calendar,
    hours: [...calendar.hours].sort((a, b) => minutesOf(a.start) - minutesOf(b.start)),
  }));
export type TBusinessCalendarInput = z.input<typeof ZBusinessCalendarInput>;

export const ZSiteCalendar = ZBusinessCalendar.extend({
  siteId: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  /** False while the site runs on the default calendar. */
  isCustom: z.boolean(),
});
export type TSiteCalendar = z.infer<typeof ZSiteCalendar>;

const ZTargetMinutes = z
  .number()
  .int('must be whole minutes')
  .min(1, 'must be at least 1 minute')
  .max(60 * 24 * 365, 'must be at most a year');

export const ZSlaPolicy = z.object({
  urgency: z.enum(URGENCIES),
  level: z.union([z.literal(LEVELS[0]), z.literal(LEVELS[1]), z.literal(LEVELS[2])]),
  /** Targets in business minutes. */
  firstResponseMinutes: ZTargetMinutes,
  nextResponseMinutes: ZTargetMinutes,
  resolutionMinutes: ZTargetMinutes,
  /** Share of the target after which a warning goes out, in percent. */
  warnPercent: z.number().int().min(1, 'must be 1 to 99').max(99, 'must be 1 to 99'),
});
export type TSlaPolicy = z.infer<typeof ZSlaPolicy>;

export const ZSlaPolicies = z.object({ policies: z.array(ZSlaPolicy) });
export type TSlaPolicies = z.infer<typeof ZSlaPolicies>;

export const ZSlaPoliciesInput = z.object({ policies: z.array(ZSlaPolicy).min(1).max(12) });

/** One clock of a request as the client shows it. */
export const ZSlaClockState = z.object({
  clock: z.enum(SLA_CLOCKS),
  dueAt: z.string().nullable(),
  warnAt: z.string().nullable(),
  /** `met` / `met_late` once done; `running`, `warning`, `breached` or `paused` while open. */
  state: z.enum(['running', 'warning', 'breached', 'paused', 'met', 'met_late']),
  metAt: z.string().nullable(),
});
export type TSlaClockState = z.infer<typeof ZSlaClockState>;

export const ZRequestSla = z.object({
  isPaused: z.boolean(),
  pausedAt: z.string().nullable(),
  clocks: z.array(ZSlaClockState),
  /** A critical request waits for a level-2 person to acknowledge it. */
  isCriticalPending: z.boolean(),
  criticalAcknowledgedAt: z.string().nullable(),
  criticalAcknowledgedByName: z.string().nullable(),
});
export type TRequestSla = z.infer<typeof ZRequestSla>;

export const ZSlaReportQuery = z.object({
  from: z.string().date().optional(),
  to: z.string().date().optional(),
});

export const ZSlaReportRow = z.object({
  month: z.string(),
  siteId: z.string(),
  siteCode: z.string(),
  level: z.number().int(),
  met: z.number().int(),
  breached: z.number().int(),
});
export type TSlaReportRow = z.infer<typeof ZSlaReportRow>;
export const ZSlaReport = z.object({ rows: z.array(ZSlaReportRow) });
export type TSlaReport = z.infer<typeof ZSlaReport>;

export const ZOnDutyInput = z.object({ isOnDuty: z.boolean() });
