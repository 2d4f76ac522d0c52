import type { TCancelNotice } from '../../shared/notice-schemas.ts';
import type { Database } from '../db/client.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { startNextRound } from './start-next-round.ts';

/** Cancels the notice; the cancellation cascades as a new round, with the reason. */
export async function cancelNotice(options: {
  db: Database;
  settings: MailSettings;
  actor: Actor;
  noticeId: string;
  input: TCancelNotice;
  now?: Date;
}) {
  const now = options.now ?? new Date();
  const reason = options.input.reason;
  return startNextRound({ ...options, kind: 'cancellation', change: { cancelReason: reason }, note: reason, now });
}
