import type { TIssueNotice } from '../../shared/notice-schemas.ts';
import { ZIssueNotice } from '../../shared/notice-schemas.ts';
import type { Database } from '../db/client.ts';
import { noticeRounds, notices } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { canIssueNotices } from '../policies/notice-policy.ts';
import { resolveNoticeRequests, resolveNoticeSites } from './resolve-notice-targets.ts';
import { startNoticeRound } from './start-notice-round.ts';
import { validateNoticeWindow } from './validate-notice-window.ts';

/** The help desk issues a notice: stored with its first round, and mailed to the coordinators of every site it reaches. */
export async function issueNotice(options: {
  db: Database;
  settings: MailSettings;
  actor: Actor;
  input: TIssueNotice;
  now?: Date;
}): Promise<{ id: string }> {
  const { db, actor } = options;
  const now = options.now ?? new Date();
  if (!canIssueNotices(actor)) throw forbidden('Only the help desk issues notices');
  const input = ZIssueNotice.parse(options.input);
  const languages = input.versions.map((version) => version.language);
  if (new Set(languages).size !== languages.length) {
    throw new AppError('invalid', 'One version per language', {
      errors: [{ field: 'versions', message: 'A language appears twice' }],
    });
  }
  const windowStart = new Date(input.windowStart);
  const windowEnd = new Date(input.windowEnd);
  validateNoticeWindow(windowStart, windowEnd, now);
  return db.transaction(async (tx) => {
    const siteIds = await resolveNoticeSites(tx, input);
    const requestIds = await resolveNoticeRequests(tx, input.requestReferences);
    const [notice] = await tx
      .insert(notices)
      .values({
        type: input.type,
        versions: input.versions,
        windowStart,
        windowEnd,
        siteIds,
        modules: input.modules,
        moduleVersion: input.moduleVersion || null,
        requestIds,
        releaseVersion: input.releaseVersion || null,
        reminderLeadMinutes: input.reminderLeadMinutes,
        createdById: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx
      .insert(noticeRounds)
      .values({ noticeId: notice.id, round: 1, kind: 'issued', windowStart, windowEnd, createdById: actor.id, createdAt: now });
    await startNoticeRound(tx, {
      settings: options.settings,
      notice,
      roundInfo: { round: 1, kind: 'issued', note: null },
      sender: actor,
      now,
    });
    return { id: notice.id };
  });
}
