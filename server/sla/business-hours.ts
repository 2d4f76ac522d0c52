import type { TBusinessCalendar } from '../../shared/sla-schemas.ts';

/**
 * Business-time arithmetic on a site's calendar: working days and hours in the site's IANA time
 * zone, minus holidays. A minute counts when its local wall-clock time falls inside a working
 * interval of a working, non-holiday local date; so a spring-forward hour that does not exist is
 * not counted and a fall-back hour that happens twice is counted twice (it is worked twice).
 * Pure functions on epoch instants; nothing here reads the clock.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Any instant whose local date is D lies within this margin of D's UTC midnight (offsets are −12 h … +14 h). */
const ZONE_MARGIN = 15 * 3_600_000;
/** How far the arithmetic walks before deciding the calendar has no working time left. */
const MAX_DAYS = 3 * 366;

export type LocalDate = { year: number; month: number; day: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the IANA zone name is one this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local wall-clock time of an instant, as if it were UTC (ms). */
function wallTime(timeZone: string, instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** Local time minus UTC at an instant, in ms (+3 h in Nairobi). */
export function zoneOffset(timeZone: string, instant: number): number {
  const seconds = Math.floor(instant / 1000) * 1000;
  return wallTime(timeZone, seconds) - seconds;
}

export function localDateOf(timeZone: string, instant: number): LocalDate {
  const wall = new Date(wallTime(timeZone, instant));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

const utcMidnight = (date: LocalDate) => Date.UTC(date.year, date.month - 1, date.day);
const fromUtcMidnight = (ms: number): LocalDate => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
export const isoDate = (date: LocalDate) =>
  `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

/** `08:30` → 510; `24:00` → 1440. */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
const isoWeekday = (date: LocalDate) => ((new Date(utcMidnight(date)).getUTCDay() + 6) % 7) + 1;

export function isWorkingDate(calendar: TBusinessCalendar, date: LocalDate): boolean {
  return calendar.workingDays.includes(isoWeekday(date)) && !calendar.holidays.includes(isoDate(date));
}

/** The first instant at which the zone's offset differs from the one at `from`, searching up to `to`. */
function findTransition(timeZone: string, from: number, to: number): number | null {
  const before = zoneOffset(timeZone, from);
  if (zoneOffset(timeZone, to) === before) return null;
  let low = from;
  let high = to;
  while (high - low > 1000) {
    const mid = low + Math.floor((high - low) / 2000) * 1000;
    if (zoneOffset(timeZone, mid) === before) low = mid;
    else high = mid;
  }
  return high;
}

/**
 * The working intervals of one local date as real instants [start, end), in order. Around a
 * daylight-saving change the date has two offsets; each interval is mapped with both and kept
 * only on the side of the change where that offset holds, which is exactly the set of instants
 * whose local time lies in the interval.
 */
export function businessIntervalsOn(calendar: TBusinessCalendar, date: LocalDate): [number, number][] {
  if (!isWorkingDate(calendar, date)) return [];
  // Zone lookups are the cost here, and every request of a site asks about the same days.
  const key = `${calendar.timeZone}|${calendar.hours.map((h) => h.start + h.end).join()}|${isoDate(date)}`;
  const cached = intervalCache.get(key);
  if (cached) return cached.map((interval) => [...interval] as [number, number]);
  const intervals = computeIntervals(calendar, date);
  if (intervalCache.size >= INTERVAL_CACHE_SIZE) intervalCache.delete(intervalCache.keys().next().value as string);
  intervalCache.set(key, intervals);
  return intervals.map((interval) => [...interval] as [number, number]);
}

const INTERVAL_CACHE_SIZE = 20_000;
const intervalCache = new Map<string, [number, number][]>();

function computeIntervals(calendar: TBusinessCalendar, date: LocalDate): [number, number][] {
  const midnight = utcMidnight(date);
  const zone = calendar.timeZone;
  const windowStart = midnight - ZONE_MARGIN;
  const windowEnd = midnight + DAY + ZONE_MARGIN;
  const transition = findTransition(zone, windowStart, windowEnd);
  const pieces: { offset: number; from: number; to: number }[] =
    transition === null
      ? [{ offset: zoneOffset(zone, windowStart), from: -Infinity, to: Infinity }]
      : [
          { offset: zoneOffset(zone, windowStart), from: -Infinity, to: transition },
          { offset: zoneOffset(zone, transition), from: transition, to: Infinity },
        ];
  const intervals: [number, number][] = [];
  for (const hours of calendar.hours) {
    const wallStart = midnight + minutesOfDay(hours.start) * MINUTE;
    const wallEnd = midnight + minutesOfDay(hours.end) * MINUTE;
    for (const piece of pieces) {
      const start = Math.max(wallStart - piece.offset, piece.from);
      const end = Math.min(wallEnd - piece.offset, piece.to);
      if (start < end) intervals.push([start, end]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0]);
  return mergeTouching(intervals);
}

function mergeTouching(intervals: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const interval of intervals) {
    const last = merged.at(-1);
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([...interval]);
  }
  return merged;
}

export function hasWorkingTime(calendar: TBusinessCalendar): boolean {
  return calendar.workingDays.length > 0 && calendar.hours.some((hours) => minutesOfDay(hours.end) > minutesOfDay(hours.start));
}

function assertWorkingTime(calendar: TBusinessCalendar) {
  if (!hasWorkingTime(calendar)) throw new Error('The calendar has no working time');
}

/**
 * The instant `minutes` business minutes after `from` (before it when negative). Zero minutes
 * answers `from` itself, even outside working hours.
 */
export function addBusinessMinutes(calendar: TBusinessCalendar, from: Date, minutes: number): Date {
  if (minutes === 0) return new Date(from);
  assertWorkingTime(calendar);
  const direction = minutes > 0 ? 1 : -1;
  let remaining = Math.abs(minutes) * MINUTE;
  const start = from.getTime();
  // Start a day early: a date's intervals may begin before `from`'s own local date does.
  let day = utcMidnight(localDateOf(calendar.timeZone, start)) - direction * DAY;
  for (let step = 0; step < MAX_DAYS; step++, day += direction * DAY) {
    const intervals = businessIntervalsOn(calendar, fromUtcMidnight(day));
    if (direction < 0) intervals.reverse();
    for (const [intervalStart, intervalEnd] of intervals) {
      const usableStart = direction > 0 ? Math.max(intervalStart, start) : intervalStart;
      const usableEnd = direction > 0 ? intervalEnd : Math.min(intervalEnd, start);
      const length = usableEnd - usableStart;
      if (length <= 0) continue;
      if (remaining <= length) return new Date(direction > 0 ? usableStart + remaining : usableEnd - remaining);
      remaining -= length;
    }
  }
  throw new Error(`No working time within ${MAX_DAYS} days of ${from.toISOString()}`);
}

/** Business minutes from `from` to `to`; negative when `to` is earlier. Fractions are kept. */
export function businessMinutesBetween(calendar: TBusinessCalendar, from: Date, to: Date): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end < start) return -businessMinutesBetween(calendar, to, from);
  let total = 0;
  const lastDay = utcMidnight(localDateOf(calendar.timeZone, end)) + DAY;
  for (let day = utcMidnight(localDateOf(calendar.timeZone, start)) - DAY; day <= lastDay; day += DAY) {
    for (const [intervalStart, intervalEnd] of businessIntervalsOn(calendar, fromUtcMidnight(day))) {
      const overlap = Math.min(intervalEnd, end) - Math.max(intervalStart, start);
      if (overlap > 0) total += overlap;
    }
  }
  return total / MINUTE;
}
