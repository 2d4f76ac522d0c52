import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { type JobHandler, PermanentJobError } from '../jobs/job-worker.ts';
import { checkRequestSla } from './check-request-sla.ts';
import { SLA_CHECK_JOB } from './schedule-sla-check.ts';

/** The SLA check: warnings and breaches of one request's clocks, each sent once. */
export function slaJobHandlers(deps: { db: Database; config: Config; now?: () => Date }): Record<string, JobHandler> {
  const now = deps.now ?? (() => new Date());
  return {
    [SLA_CHECK_JOB]: async (job) => {
      const requestId = job.payload.requestId;
      if (typeof requestId !== 'string') throw new PermanentJobError('sla.check needs requestId in its payload');
      await checkRequestSla({ db: deps.db, requestId, now: now(), settings: deps.config });
    },
  };
}
