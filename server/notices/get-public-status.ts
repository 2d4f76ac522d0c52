import { and, asc, eq, gt } from 'drizzle-orm';
import type { TPublicStatus } from '../../shared/notice-schemas.ts';
import type { Database } from '../db/client.ts';
import { notices, sites } from '../db/schema/index.ts';
import { renderMarkdown } from '../kb/markdown/render-markdown.ts';
import { noticePhase } from './notice-phase.ts';
import { pickNoticeVersion } from './notice-text.ts';

/** Scheduled and ongoing windows per active site, for anyone: the help desk's words only, no names or addresses. */
export async function getPublicStatus(options: { db: Database; language: string | null; now?: Date }): Promise<TPublicStatus> {
  const { db } = options;
  const now = options.now ?? new Date();
  const open = await db
    .select()
    .from(notices)
    .where(and(eq(notices.status, 'scheduled'), gt(notices.windowEnd, now)))
    .orderBy(asc(notices.windowStart));
  const active = await db.select().from(sites).where(eq(sites.isActive, true)).orderBy(asc(sites.name));
  return {
    generatedAt: now.toISOString(),
    sites: active.map((site) => ({
      code: site.code,
      name: site.name,
      country: site.country,
      timeZone: site.timeZone,
      items: open
        .filter((notice) => notice.siteIds.includes(site.id))
        .map((notice) => {
          const version = pickNoticeVersion(notice.versions, [options.language, ...site.languages]);
          return {
            id: notice.id,
            type: notice.type as 'downtime' | 'training',
            phase: noticePhase(notice, now) as 'scheduled' | 'ongoing',
            title: version.title,
            bodyHtml: renderMarkdown(version.body),
            windowStart: notice.windowStart.toISOString(),
            windowEnd: notice.windowEnd.toISOString(),
          };
        }),
    })),
  };
}
