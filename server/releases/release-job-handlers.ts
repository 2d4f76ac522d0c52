import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { type JobHandler, PermanentJobError } from '../jobs/job-worker.ts';
import { applyShippedRelease } from './apply-shipped-release.ts';
import { SHIP_RELEASE_JOB } from './release-job-names.ts';

export function releaseJobHandlers(deps: { db: Database; config: Config }): Record<string, JobHandler> {
  return {
    [SHIP_RELEASE_JOB]: async (job) => {
      const releaseId = job.payload.releaseId;
      if (typeof releaseId !== 'string') throw new PermanentJobError('release.ship needs releaseId in its payload');
      await applyShippedRelease({ db: deps.db, settings: deps.config, releaseId });
    },
  };
}
