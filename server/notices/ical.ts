/** Writing iCalendar (RFC 5545): text escaping, UTC date-times, and lines folded at 75 octets with CRLF. */

/** TEXT values: backslash, semicolon and comma escaped, newlines as `\n`. */
export function escapeIcalText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** `20261201T090000Z`. */
export function formatIcalUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * One content line folded so no physical line exceeds 75 octets (RFC 5545 §3.1): continuation
 * lines start with a space, and a UTF-8 character is never split.
 */
export function foldIcalLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the leading space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export type IcalProperty = [name: string, value: string];

/** Components as `BEGIN`/`END` blocks of folded lines, each ended by CRLF. */
export function writeIcal(calendar: IcalProperty[], events: IcalProperty[][]): string {
  const lines: string[] = ['BEGIN:VCALENDAR', ...calendar.map(([name, value]) => `${name}:${value}`)];
  for (const event of events) lines.push('BEGIN:VEVENT', ...event.map(([name, value]) => `${name}:${value}`), 'END:VEVENT');
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcalLine).join('\r\n')}\r\n`;
}
