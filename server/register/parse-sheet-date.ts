const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  // en, fr, es, pt; three-letter prefixes are accepted too.
  ['january', 'janvier', 'enero', 'janeiro'],
  ['february', 'fevrier', 'febrero', 'fevereiro'],
  ['march', 'mars', 'marzo', 'marco'],
  ['april', 'avril', 'abril', 'abril'],
  ['may', 'mai', 'mayo', 'maio'],
  ['june', 'juin', 'junio', 'junho'],
  ['july', 'juillet', 'julio', 'julho'],
  ['august', 'aout', 'agosto', 'agosto'],
  ['september', 'septembre', 'septiembre', 'setembro'],
  ['october', 'octobre', 'octubre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'decembre', 'diciembre', 'dezembro'],
];
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) {
    MONTHS[name] = index + 1;
    MONTHS[name.slice(0, 3)] ??= index + 1;
  }
});

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; hasTime: boolean };

const isRealDate = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const fullYear = (year: number) => (year < 100 ? 2000 + year : year);

/**
 * A date typed in a cell: 2026-03-05 (with an optional time), 05/03/2026 or 5.3.26 (day first, as
 * in every language of the template, unless the middle number cannot be a month), or 5 March 2026
 * / 5 mars 2026 / 5 de marzo de 2026. `null` when it is none of these or no such day exists.
 */
export function parseDateText(input: string): WallClock | null {
  const lower = input.trim().toLowerCase();
  // Most dates are plain ASCII and need no accent folding.
  const text = /^[\x20-\x7e]*$/.test(lower) ? lower : lower.normalize('NFKD').replace(/\p{M}/gu, '');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:z)?)?$/.exec(text);
  if (match) return wallClock(+match[1], +match[2], +match[3], match[4], match[5]);
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text);
  if (match) {
    const [first, second] = [+match[1], +match[2]];
    const isMonthFirst = second > 12 && first <= 12;
    return wallClock(fullYear(+match[3]), isMonthFirst ? first : second, isMonthFirst ? second : first, match[4], match[5]);
  }
  match = /^(\d{1,2})(?:er)?\s+(?:de\s+)?([a-z]+)\.?,?\s+(?:de\s+)?(\d{4})$/.exec(text);
  if (match && MONTHS[match[2]]) return wallClock(+match[3], MONTHS[match[2]], +match[1]);
  match = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (match && MONTHS[match[1]]) return wallClock(+match[3], MONTHS[match[1]], +match[2]);
  return null;
}

function wallClock(year: number, month: number, day: number, hour?: string, minute?: string): WallClock | null {
  if (!isRealDate(year, month, day)) return null;
  const h = hour === undefined ? 12 : +hour;
  const m = minute === undefined ? 0 : +minute;
  if (h > 23 || m > 59) return null;
  return { year, month, day, hour: h, minute: m, hasTime: hour !== undefined };
}

/** Excel stores dates as days since 1899-12-30; exceljs gives date cells as UTC wall-clock Dates. */
export function wallClockOfDate(date: Date): WallClock {
  const hasTime = date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0;
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: hasTime ? date.getUTCHours() : 12,
    minute: date.getUTCMinutes(),
    hasTime,
  };
}

export function wallClockOfSerial(serial: number): WallClock | null {
  if (serial < 1 || serial > 2_958_465) return null;
  return wallClockOfDate(new Date(Math.round((serial - 25_569) * 86_400_000)));
}

/**
 * The instant a wall-clock time means in a time zone. A date with no time is taken as midday there,
 * so it stays the same calendar day wherever the register is read.
 */
export function instantInZone(clock: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  // The offset only changes at DST moves, so one per zone and hour serves a whole sheet.
  const key = `${timeZone}|${Math.floor(asUtc / 3_600_000)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = zoneOffsetMs(new Date(asUtc), timeZone);
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, offset);
  }
  return new Date(asUtc - offset);
}

const offsets = new Map<string, number>();

// Building a formatter costs far more than using one, and a sheet has thousands of dates.
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
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function zoneOffsetMs(at: Date, timeZone: string): number {
  try {
    const parts = formatterFor(timeZone).formatToParts(at);
    const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    return (
      Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - Math.floor(at.getTime() / 60_000) * 60_000
    );
  } catch {
    return 0;
  }
}
