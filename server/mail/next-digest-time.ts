const DIGEST_HOUR_UTC = 7;

/** The next 07:00 UTC after `now`: when a day's digest goes out. */
export function nextDigestTime(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}
