import type { TChangeNoticeWindow } from '../../shared/notice-schemas.ts';
import type { Database } from '../db/client.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { startNextRound } from './start-next-round.ts';
import { validateNoticeWindow } from './validate-notice-window.ts';

/** Moves the window; the change cascades as a new round marked "changed". */
export async function changeNoticeWindow(options: {
  db: Database;
  settings: MailSettings;
  actor: Actor;
  noticeId: string;
  input: TChangeNoticeWindow;
  now?: Date;
}) {
  const now = options.now ?? new Date();
  const windowStart = new Date(options.input.windowStart);
  const windowEnd = new Date(options.input.windowEnd);
  validateNoticeWindow(windowStart, windowEnd, now);
  return startNextRound({
    ...options,
    kind: 'update',
    change: { windowStart, windowEnd },
    note: options.input.note || null,
    now,
  });
}
