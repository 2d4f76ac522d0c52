import type { Config } from '../config.ts';
import { consolidationJobHandlers } from '../consolidation/consolidation-job-handlers.ts';
import type { Database } from '../db/client.ts';
import { jiraJobHandlers } from '../jira/jira-job-handlers.ts';
import { mailJobHandlers } from '../mail/mail-job-handlers.ts';
import { noticeJobHandlers } from '../notices/notice-job-handlers.ts';
import { registerJobHandlers } from '../register/register-job-handlers.ts';
import { releaseJobHandlers } from '../releases/release-job-handlers.ts';
import { slaJobHandlers } from '../sla/sla-job-handlers.ts';
import type { JobHandler } from './job-worker.ts';

export type JobDeps = { db: Database; config: Config };

/** Every job name the worker runs, with its handler; jobs with no handler here wait in the queue. */
export function jobHandlers(deps: JobDeps): Record<string, JobHandler> {
  return {
    ...mailJobHandlers(deps),
    ...noticeJobHandlers(deps),
    ...releaseJobHandlers(deps),
    ...slaJobHandlers(deps),
    ...consolidationJobHandlers(deps),
    ...jiraJobHandlers(deps),
    ...registerJobHandlers(deps),
  };
}
