import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { type JobHandler, PermanentJobError } from '../jobs/job-worker.ts';
import { checkRequestSla } from './check-request-sla.ts';
import { recomputeSlaClocks, SLA_RECOMPUTE_JOB, type SlaRecomputeScope } from './recompute-sla-clocks.ts';
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
    [SLA_RECOMPUTE_JOB]: async (job) => {
      const { scope, afterId } = job.payload;
      if (!isRecomputeScope(scope) || (afterId !== null && typeof afterId !== 'string')) {
        throw new PermanentJobError('sla.recompute needs a scope and afterId in its payload');
      }
      await recomputeSlaClocks({ db: deps.db, scope, afterId, now: now() });
    },
  };
}

function isRecomputeScope(value: unknown): value is SlaRecomputeScope {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  if (value.kind === 'backfill') return true;
  if (value.kind === 'site') return 'siteId' in value && typeof value.siteId === 'string';
  return value.kind === 'policies' && 'pairs' in value && Array.isArray(value.pairs);
}
