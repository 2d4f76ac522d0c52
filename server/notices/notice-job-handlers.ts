import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { type JobHandler, PermanentJobError } from '../jobs/job-worker.ts';
import { NOTICE_REMINDERS_JOB } from './notice-job-names.ts';
import { sendNoticeReminders } from './send-notice-reminders.ts';

export function noticeJobHandlers(deps: { db: Database; config: Config }): Record<string, JobHandler> {
  return {
    [NOTICE_REMINDERS_JOB]: async (job) => {
      const { noticeId, round } = job.payload;
      if (typeof noticeId !== 'string' || typeof round !== 'number')
        throw new PermanentJobError('notice.reminders needs noticeId and round');
      await sendNoticeReminders({ db: deps.db, settings: deps.config, noticeId, round });
    },
  };
}
