import { sql } from 'drizzle-orm';
import type { TSlaPolicy } from '../../shared/sla-schemas.ts';
import type { Database } from '../db/client.ts';
import { slaPolicies } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { listSlaPolicies } from './list-sla-policies.ts';
import { queueSlaRecompute } from './recompute-sla-clocks.ts';

/**
 * Saves targets for some urgency × level pairs; the others keep theirs. The open requests of
 * those pairs get their due times recomputed on the new targets by a queued job.
 */
export async function saveSlaPolicies(options: { db: Database; policies: TSlaPolicy[]; now?: Date }): Promise<TSlaPolicy[]> {
  const now = options.now ?? new Date();
  const seen = new Set<string>();
  options.policies.forEach((policy, index) => {
    const key = `${policy.urgency}:${policy.level}`;
    if (seen.has(key)) {
      throw new AppError('invalid', 'Each urgency and level appears once', {
        errors: [{ field: `policies.${index}`, message: `repeats ${policy.urgency} at level ${policy.level}` }],
      });
    }
    seen.add(key);
  });
  await options.db.transaction(async (tx) => {
    for (const policy of options.policies) {
      await tx
        .insert(slaPolicies)
        .values({ ...policy, updatedAt: now })
        .onConflictDoUpdate({
          target: [slaPolicies.urgency, slaPolicies.level],
          set: {
            firstResponseMinutes: sql`excluded.first_response_minutes`,
            nextResponseMinutes: sql`excluded.next_response_minutes`,
            resolutionMinutes: sql`excluded.resolution_minutes`,
            warnPercent: sql`excluded.warn_percent`,
            updatedAt: now,
          },
        });
    }
    const pairs = options.policies.map((policy) => ({ urgency: policy.urgency, level: policy.level }));
    await queueSlaRecompute(tx, { kind: 'policies', pairs }, now);
  });
  return listSlaPolicies({ db: options.db });
}
