import type { NoticeRoundKind, NoticeType, TNoticeSummary } from '../../shared/notice-schemas.ts';
import { noticePhase } from './notice-phase.ts';
import type { NoticeRow, SiteRow } from './notice-repository.ts';
import { pickNoticeVersion } from './notice-text.ts';

export const presentNoticeSite = (site: SiteRow) => ({ id: site.id, code: site.code, name: site.name, timeZone: site.timeZone });

export function presentNoticeSummary(
  notice: NoticeRow,
  options: { sites: SiteRow[]; roundKind: string; language: string | null; now: Date },
): TNoticeSummary {
  return {
    id: notice.id,
    type: notice.type as NoticeType,
    phase: noticePhase(notice, options.now),
    title: pickNoticeVersion(notice.versions, [options.language]).title,
    windowStart: notice.windowStart.toISOString(),
    windowEnd: notice.windowEnd.toISOString(),
    round: notice.round,
    roundKind: options.roundKind as NoticeRoundKind,
    sites: options.sites.filter((site) => notice.siteIds.includes(site.id)).map(presentNoticeSite),
    createdAt: notice.createdAt.toISOString(),
  };
}
