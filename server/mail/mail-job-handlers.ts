import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { type JobHandler, type JobRow, PermanentJobError } from '../jobs/job-worker.ts';
import { composeDailyDigest } from './compose-daily-digest.ts';
import { DAILY_DIGEST_JOB, NOTIFICATION_EMAIL_JOB, PRUNE_OUTBOX_JOB, SEND_EMAIL_JOB } from './mail-job-names.ts';
import { createMailTransport, type MailTransport } from './mail-transport.ts';
import { pruneOutbox } from './prune-outbox.ts';
import { queueTopicReplyEmail } from './queue-topic-reply-email.ts';
import { scheduleOutboxPrune } from './schedule-outbox-prune.ts';
import { sendEmail } from './send-email.ts';

function payloadId(job: JobRow, key: string): string {
  const value = job.payload[key];
  if (typeof value !== 'string' || value === '') throw new PermanentJobError(`${job.name} needs ${key} in its payload`);
  return value;
}

/** The mail jobs: send one mail, turn a community notification into a mail, the daily digest, and the outbox's daily pruning. */
export function mailJobHandlers(deps: { db: Database; config: Config; transport?: MailTransport }): Record<string, JobHandler> {
  const { db, config } = deps;
  const transport = deps.transport ?? createMailTransport(config);
  return {
    [SEND_EMAIL_JOB]: (job) =>
      sendEmail({ db, transport, config, emailId: payloadId(job, 'emailId'), isLastAttempt: job.attempts >= job.maxAttempts }),
    [NOTIFICATION_EMAIL_JOB]: (job) =>
      queueTopicReplyEmail({ db, settings: config, notificationId: payloadId(job, 'notificationId') }),
    [DAILY_DIGEST_JOB]: async (job) => {
      await composeDailyDigest({ db, settings: config, userId: payloadId(job, 'userId') });
    },
    [PRUNE_OUTBOX_JOB]: async () => {
      // Tomorrow's run first, so a failing run never ends the daily chain.
      await scheduleOutboxPrune(db, new Date(Date.now() + 24 * 60 * 60 * 1000));
      await pruneOutbox({ db, config });
    },
  };
}
