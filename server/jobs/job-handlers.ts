import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { jiraJobHandlers } from '../jira/jira-job-handlers.ts';
import { mailJobHandlers } from '../mail/mail-job-handlers.ts';
import type { JobHandler } from './job-worker.ts';

export type JobDeps = { db: Database; config: Config };

/** Every job name the worker runs, with its handler; jobs with no handler here wait in the queue. */
export function jobHandlers(deps: JobDeps): Record<string, JobHandler> {
  return { ...mailJobHandlers(deps), ...jiraJobHandlers(deps) };
}
