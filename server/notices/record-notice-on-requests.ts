import type { TimelineEventType } from '../../shared/constants.ts';
import type { NoticeRoundKind } from '../../shared/notice-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { appendEvents } from '../requests/timeline.ts';
import type { NoticeRoundInfo } from './deliver-notice-hop.ts';
import type { NoticeRow } from './notice-repository.ts';

const EVENT_OF_ROUND: Record<NoticeRoundKind, TimelineEventType> = {
  issued: 'notice_issued',
  update: 'notice_changed',
  cancellation: 'notice_cancelled',
};

/**
 * One public event on each request the notice names, so its reporter sees the maintenance window
 * (and its changes) where they follow the request. Titles in every language the notice has; the
 * reader's is picked when shown.
 */
export async function recordNoticeOnRequests(
  tx: DbOrTx,
  options: { notice: NoticeRow; roundInfo: NoticeRoundInfo; actorId: string; now: Date },
) {
  const { notice, roundInfo } = options;
  const titles = Object.fromEntries(notice.versions.map((version) => [version.language, version.title]));
  await appendEvents(
    tx,
    notice.requestIds.map((requestId) => ({
      requestId,
      type: EVENT_OF_ROUND[roundInfo.kind],
      actorId: options.actorId,
      isInternal: false,
      body: roundInfo.note,
      data: {
        noticeId: notice.id,
        noticeType: notice.type,
        round: roundInfo.round,
        titles,
        defaultLanguage: notice.versions[0]?.language ?? 'en',
        windowStart: notice.windowStart.toISOString(),
        windowEnd: notice.windowEnd.toISOString(),
      },
    })),
    options.now,
  );
}
