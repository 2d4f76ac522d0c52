import type { NoticePhase } from '../../shared/notice-schemas.ts';

type Timed = { status: string; windowStart: Date; windowEnd: Date };

export function noticePhase(notice: Timed, now: Date): NoticePhase {
  if (notice.status === 'cancelled') return 'cancelled';
  if (now < notice.windowStart) return 'scheduled';
  return now < notice.windowEnd ? 'ongoing' : 'completed';
}

/** Still worth changing or cancelling: not cancelled and its window not over. */
export const isNoticeOpen = (notice: Timed, now: Date) => notice.status !== 'cancelled' && now < notice.windowEnd;
