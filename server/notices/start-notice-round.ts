import type { DbOrTx } from '../db/client.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import { deliverNoticeHop, type NoticeRoundInfo } from './deliver-notice-hop.ts';
import { NOTICE_REMINDERS_JOB } from './notice-job-names.ts';
import { recipientsOf } from './notice-recipients.ts';
import { loadSites, type NoticeRow } from './notice-repository.ts';
import { recordNoticeOnRequests } from './record-notice-on-requests.ts';

/**
 * The help desk's hop of a round: to the coordinators of every affected site, or straight to the
 * site admins of a site that has no coordinator. Records the round on the timeline of every
 * linked request and queues the round's reminder the notice's lead time before the window; a
 * later round makes the earlier reminder a no-op.
 */
export async function startNoticeRound(
  tx: DbOrTx,
  options: {
    settings: MailSettings;
    notice: NoticeRow;
    roundInfo: NoticeRoundInfo;
    sender: { id: string; name: string };
    now: Date;
  },
) {
  const { notice, now } = options;
  for (const site of await loadSites(tx, notice.siteIds)) {
    const coordinators = await recipientsOf(tx, site.id, 'coordinator');
    const hop = coordinators.length > 0 ? 'coordinator' : 'site_admin';
    const recipients = coordinators.length > 0 ? coordinators : await recipientsOf(tx, site.id, 'site_admin');
    await deliverNoticeHop(tx, { ...options, site, hop, recipients, localWords: null });
  }
  await recordNoticeOnRequests(tx, { notice, roundInfo: options.roundInfo, actorId: options.sender.id, now });
  if (options.roundInfo.kind === 'cancellation') return;
  const leadMs = notice.reminderLeadMinutes * 60_000;
  const remindAt = new Date(Math.max(now.getTime(), notice.windowStart.getTime() - leadMs));
  await enqueueJob(
    tx,
    NOTICE_REMINDERS_JOB,
    { noticeId: notice.id, round: options.roundInfo.round },
    { runAt: remindAt, singletonKey: `notice-reminders:${notice.id}:${options.roundInfo.round}` },
  );
}
