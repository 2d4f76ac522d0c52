import { sql } from 'drizzle-orm';
import type { TSlaPolicy } from '../../shared/sla-schemas.ts';
import type { Database } from '../db/client.ts';
import { slaPolicies } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { listSlaPolicies } from './list-sla-policies.ts';

/**
 * Saves targets for some urgency × level pairs; the others keep theirs. New targets apply to
 * clocks started or recomputed (urgency or level change) from now on.
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
  });
  return listSlaPolicies({ db: options.db });
}
