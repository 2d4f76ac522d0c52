import { useTranslation } from 'react-i18next';

/** The window in a site's time zone, written the reader's way, with the zone named. */
export function formatNoticeWindow(language: string, timeZone: string, start: string, end: string): string {
  try {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    return `${format.formatRange(new Date(start), new Date(end))} (${timeZone})`;
  } catch {
    return `${start} – ${end} (UTC)`;
  }
}

export function NoticeWindow({ timeZone, start, end }: { timeZone: string; start: string; end: string }) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={start} data-testid="notice-window">
      {formatNoticeWindow(i18n.language, timeZone, start, end)}
    </time>
  );
}

/** A `datetime-local` value read as UTC, and back. */
export const utcInputToIso = (value: string) => (value ? new Date(`${value}:00Z`).toISOString() : '');
export const isoToUtcInput = (iso: string) => iso.slice(0, 16);
