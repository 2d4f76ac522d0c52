import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { type JobHandler, PermanentJobError } from '../jobs/job-worker.ts';
import { APPLY_IMPORT_JOB } from './register-job-names.ts';
import { runImportApply } from './run-import-apply.ts';

export function registerJobHandlers(deps: { db: Database; config: Config }): Record<string, JobHandler> {
  return {
    [APPLY_IMPORT_JOB]: async (job) => {
      const importId = job.payload.importId;
      if (typeof importId !== 'string') throw new PermanentJobError(`${job.name} needs importId in its payload`);
      await runImportApply({ db: deps.db, importId, mail: deps.config, isLastAttempt: job.attempts >= job.maxAttempts });
    },
  };
}
