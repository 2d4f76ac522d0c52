import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { type JobHandler, PermanentJobError } from '../jobs/job-worker.ts';
import { DETECT_DUPLICATES_JOB } from './consolidation-job-names.ts';
import { detectDuplicates } from './detect-duplicates.ts';

export function consolidationJobHandlers(deps: { db: Database; config: Config }): Record<string, JobHandler> {
  return {
    [DETECT_DUPLICATES_JOB]: async (job) => {
      const requestId = job.payload.requestId;
      if (typeof requestId !== 'string') throw new PermanentJobError(`${job.name} needs requestId in its payload`);
      await detectDuplicates({ db: deps.db, requestId, settings: deps.config.duplicates });
    },
  };
}
