import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { notices, sites } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { markdownExcerpt } from '../kb/markdown/markdown-excerpt.ts';
import { appBaseUrl, mailHost } from '../mail/mail-settings.ts';
import { escapeIcalText, formatIcalUtc, type IcalProperty, writeIcal } from './ical.ts';
import { pickNoticeVersion } from './notice-text.ts';

const KEEP_PAST_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * A site's maintenance and training windows as an iCalendar feed, in UTC, for the last 30 days and
 * ahead; a cancelled notice stays in the feed as CANCELLED so calendars drop it. No personal data.
 */
export async function siteMaintenanceCalendar(options: {
  db: Database;
  config: Pick<Config, 'publicUrl' | 'port'>;
  siteCode: string;
  now?: Date;
}): Promise<string> {
  const { db, config } = options;
  const now = options.now ?? new Date();
  const [site] = await db
    .select()
    .from(sites)
    .where(and(eq(sites.code, options.siteCode.toUpperCase()), eq(sites.isActive, true)));
  if (!site) throw notFound('No such site');
  const rows = await db
    .select()
    .from(notices)
    .where(and(sql`${site.id}::uuid = any(${notices.siteIds})`, gt(notices.windowEnd, new Date(now.getTime() - KEEP_PAST_MS))))
    .orderBy(asc(notices.windowStart));
  const statusUrl = `${appBaseUrl(config)}/status`;
  const events = rows.map((notice): IcalProperty[] => {
    const version = pickNoticeVersion(notice.versions, site.languages);
    const label = notice.type === 'downtime' ? 'Downtime' : 'Training';
    const description = [markdownExcerpt(version.body, 2000), statusUrl].filter(Boolean).join('\n\n');
    return [
      ['UID', `notice-${notice.id}@${mailHost(config)}`],
      ['DTSTAMP', formatIcalUtc(notice.updatedAt)],
      ['LAST-MODIFIED', formatIcalUtc(notice.updatedAt)],
      ['SEQUENCE', String(notice.round - 1)],
      ['DTSTART', formatIcalUtc(notice.windowStart)],
      ['DTEND', formatIcalUtc(notice.windowEnd)],
      ['SUMMARY', escapeIcalText(`${label}: ${version.title}`)],
      ['DESCRIPTION', escapeIcalText(description)],
      ['CATEGORIES', notice.type.toUpperCase()],
      ['STATUS', notice.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'],
      ['TRANSP', notice.type === 'downtime' ? 'OPAQUE' : 'TRANSPARENT'],
    ];
  });
  return writeIcal(
    [
      ['VERSION', '2.0'],
      ['PRODID', '-//Support Hub//Maintenance notices//EN'],
      ['CALSCALE', 'GREGORIAN'],
      ['METHOD', 'PUBLISH'],
      ['X-WR-CALNAME', escapeIcalText(`${site.name} – maintenance`)],
      ['X-WR-TIMEZONE', site.timeZone],
    ],
    events,
  );
}
