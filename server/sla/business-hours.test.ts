import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TBusinessCalendar } from '../../shared/sla-schemas.ts';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  isoDate,
  isWorkingDate,
  localDateOf,
  minutesOfDay,
} from './business-hours.ts';

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

const weekdays = (timeZone: string, extra: Partial<TBusinessCalendar> = {}): TBusinessCalendar => ({
  timeZone,
  workingDays: [1, 2, 3, 4, 5],
  hours: [
    { start: '08:00', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ],
  holidays: [],
  ...extra,
});

/** The reference: walk minute by minute and ask whether each one's local time is working time. */
function referenceMinutes(calendar: TBusinessCalendar, from: Date, to: Date): number {
  let count = 0;
  for (let t = from.getTime(); t < to.getTime(); t += MINUTE) {
    if (isBusinessMinute(calendar, t)) count++;
  }
  return count;
}

const referenceFormatters = new Map<string, Intl.DateTimeFormat>();
const referenceFormatter = (timeZone: string) => {
  const formatter =
    referenceFormatters.get(timeZone) ??
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  referenceFormatters.set(timeZone, formatter);
  return formatter;
};

function isBusinessMinute(calendar: TBusinessCalendar, instant: number): boolean {
  const parts = Object.fromEntries(
    referenceFormatter(calendar.timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  const date = { year: parts.year, month: parts.month, day: parts.day };
  if (!isWorkingDate(calendar, date)) return false;
  const minute = parts.hour * 60 + parts.minute;
  return calendar.hours.some((hours) => minute >= minutesOfDay(hours.start) && minute < minutesOfDay(hours.end));
}

describe('[SLA]: business-hours arithmetic', () => {
  it('adds within one working period and across the lunch break', () => {
    const calendar = weekdays('UTC');
    expect(addBusinessMinutes(calendar, at('2026-03-02T09:00:00Z'), 60).toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(addBusinessMinutes(calendar, at('2026-03-02T11:30:00Z'), 60).toISOString()).toBe('2026-03-02T13:30:00.000Z');
  });

  it('starts counting at the next working period when created outside hours', () => {
    const calendar = weekdays('UTC');
    expect(addBusinessMinutes(calendar, at('2026-03-02T19:00:00Z'), 30).toISOString()).toBe('2026-03-03T08:30:00.000Z');
    expect(addBusinessMinutes(calendar, at('2026-03-02T12:15:00Z'), 30).toISOString()).toBe('2026-03-02T13:30:00.000Z');
  });

  it('skips the weekend', () => {
    // Friday 16:00 + 2 business hours → Monday 09:00.
    expect(addBusinessMinutes(weekdays('UTC'), at('2026-03-06T16:00:00Z'), 120).toISOString()).toBe('2026-03-09T09:00:00.000Z');
    expect(businessMinutesBetween(weekdays('UTC'), at('2026-03-06T16:00:00Z'), at('2026-03-09T09:00:00Z'))).toBe(120);
  });

  it('skips holidays, which are local dates', () => {
    const calendar = weekdays('UTC', { holidays: ['2026-03-09'] });
    expect(addBusinessMinutes(calendar, at('2026-03-06T16:00:00Z'), 120).toISOString()).toBe('2026-03-10T09:00:00.000Z');
  });

  it('works in the site’s time zone (Nairobi, UTC+3, no DST)', () => {
    const calendar = weekdays('Africa/Nairobi');
    // 05:00 UTC is 08:00 in Nairobi: one hour later is 06:00 UTC.
    expect(addBusinessMinutes(calendar, at('2026-03-02T05:00:00Z'), 60).toISOString()).toBe('2026-03-02T06:00:00.000Z');
    // 14:30 UTC is 17:30 local: the next working minute is 08:00 local Tuesday.
    expect(addBusinessMinutes(calendar, at('2026-03-02T14:30:00Z'), 15).toISOString()).toBe('2026-03-03T05:15:00.000Z');
  });

  it('takes a local holiday on the local date, even when UTC is still on the day before', () => {
    const calendar = weekdays('Pacific/Auckland', { holidays: ['2026-03-03'] });
    // Monday 2 March 21:00 UTC is Tuesday 3 March 10:00 in Auckland (UTC+13): a holiday.
    const due = addBusinessMinutes(calendar, at('2026-03-02T21:00:00Z'), 60);
    expect(isoDate(localDateOf('Pacific/Auckland', due.getTime()))).toBe('2026-03-04');
  });

  it('counts the spring-forward day in real time (New York, 8 March 2026)', () => {
    const calendar = weekdays('America/New_York', { workingDays: [1, 2, 3, 4, 5, 6, 7] });
    // Saturday 17:00 EST (22:00 UTC) → Sunday 09:00 EDT (13:00 UTC): 60 minutes.
    expect(addBusinessMinutes(calendar, at('2026-03-07T21:00:00Z'), 120).toISOString()).toBe('2026-03-08T13:00:00.000Z');
  });

  it('loses the hour that does not exist when working hours span the change', () => {
    const night = weekdays('Europe/Paris', { workingDays: [7], hours: [{ start: '01:00', end: '04:00' }] });
    // Sunday 29 March 2026: 02:00–03:00 local never happens, so the night has two hours.
    expect(businessMinutesBetween(night, at('2026-03-28T00:00:00Z'), at('2026-03-30T00:00:00Z'))).toBe(120);
    // Sunday 25 October 2026: 02:00–03:00 happens twice, so the night has four hours.
    expect(businessMinutesBetween(night, at('2026-10-24T00:00:00Z'), at('2026-10-26T00:00:00Z'))).toBe(240);
  });

  it('keeps working hours on local time across fall-back (London, 25 October 2026)', () => {
    const calendar = weekdays('Europe/London');
    // Friday 16:00 BST (15:00 UTC) + 2 h → Monday 09:00 GMT (09:00 UTC).
    expect(addBusinessMinutes(calendar, at('2026-10-23T15:00:00Z'), 120).toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });

  it('walks backwards with negative minutes', () => {
    const calendar = weekdays('UTC');
    expect(addBusinessMinutes(calendar, at('2026-03-09T09:00:00Z'), -120).toISOString()).toBe('2026-03-06T16:00:00.000Z');
    expect(businessMinutesBetween(calendar, at('2026-03-09T09:00:00Z'), at('2026-03-06T16:00:00Z'))).toBe(-120);
  });

  it('refuses a calendar with no working time instead of looping', () => {
    expect(() => addBusinessMinutes(weekdays('UTC', { workingDays: [] }), at('2026-03-02T09:00:00Z'), 10)).toThrow(
      /no working time/,
    );
  });

  const zones = [
    'UTC',
    'Europe/Paris',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'America/Santiago',
    'Asia/Beirut',
  ];
  const calendarArbitrary = fc
    .record({
      timeZone: fc.constantFrom(...zones),
      workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      // Two periods anywhere in the day, on 15-minute steps, so some straddle DST changes at night.
      first: fc.tuple(fc.integer({ min: 0, max: 47 }), fc.integer({ min: 1, max: 24 })),
      second: fc.tuple(fc.integer({ min: 48, max: 90 }), fc.integer({ min: 1, max: 6 })),
      holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }),
    })
    .map(({ timeZone, workingDays, first, second, holidayOffsets }): TBusinessCalendar => {
      const time = (quarter: number) =>
        quarter >= 96
          ? '24:00'
          : `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
      return {
        timeZone,
        workingDays,
        hours: [
          { start: time(first[0]), end: time(Math.min(first[0] + first[1], 48)) },
          { start: time(second[0]), end: time(Math.min(second[0] + second[1] * 4, 96)) },
        ],
        holidays: holidayOffsets.map((offset) => new Date(Date.UTC(2026, 2, 26 + offset)).toISOString().slice(0, 10)),
      };
    });
  // Minutes around the March and October 2026 changes in both hemispheres and the days next to them.
  const instantArbitrary = fc
    .tuple(
      fc.constantFrom(Date.UTC(2026, 2, 26), Date.UTC(2026, 3, 2), Date.UTC(2026, 8, 3), Date.UTC(2026, 9, 22)),
      fc.integer({ min: 0, max: 5 * 24 * 60 }),
    )
    .map(([base, minutes]) => new Date(base + minutes * MINUTE));

  it('agrees with a minute-by-minute reference on business minutes between two instants (property)', () => {
    fc.assert(
      fc.property(calendarArbitrary, instantArbitrary, fc.integer({ min: 0, max: 3 * 24 * 60 }), (calendar, from, span) => {
        const to = new Date(from.getTime() + span * MINUTE);
        expect(businessMinutesBetween(calendar, from, to)).toBe(referenceMinutes(calendar, from, to));
      }),
      { numRuns: 80 },
    );
  });

  it('adds exactly N reference minutes and ends at a working minute (property)', () => {
    fc.assert(
      fc.property(calendarArbitrary, instantArbitrary, fc.integer({ min: 1, max: 900 }), (calendar, from, minutes) => {
        const due = addBusinessMinutes(calendar, from, minutes);
        expect(referenceMinutes(calendar, from, due)).toBe(minutes);
        expect(isBusinessMinute(calendar, due.getTime() - MINUTE)).toBe(true);
        expect(addBusinessMinutes(calendar, due, -minutes).getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(businessMinutesBetween(calendar, addBusinessMinutes(calendar, due, -minutes), due)).toBe(minutes);
      }),
      { numRuns: 80 },
    );
  });
});
