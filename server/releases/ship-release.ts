import { eq } from 'drizzle-orm';
import type { TReleaseSummary } from '../../shared/release-schemas.ts';
import type { Database } from '../db/client.ts';
import { releases } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import type { Actor } from '../policies/actor.ts';
import { canManageReleaseModule } from '../policies/release-policy.ts';
import { SHIP_RELEASE_JOB } from './release-job-names.ts';
import { countCarried, loadRelease, presentReleaseSummary, teamModulesOf } from './release-repository.ts';
import { shippedAlready } from './update-release.ts';

/**
 * Marks a release in testing as shipped and, in the same transaction, queues the job that updates
 * and notifies every request it carries, so a crash between the two loses neither.
 */
export async function shipRelease(options: { db: Database; actor: Actor; id: string; now?: Date }): Promise<TReleaseSummary> {
  const { db, actor } = options;
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const release = await loadRelease(tx, options.id, { forUpdate: true });
    if (!canManageReleaseModule(actor, release.module, await teamModulesOf(tx, actor))) {
      throw forbidden('You may not manage releases of this module');
    }
    if (release.status === 'shipped') throw shippedAlready();
    if (release.status !== 'in_testing') {
      throw new AppError('conflict', 'Only a release in testing can ship', {
        errors: [{ field: 'status', message: 'is planned; move the release to in testing before shipping it' }],
      });
    }
    const [row] = await tx
      .update(releases)
      .set({ status: 'shipped', shippedAt: now, shippedById: actor.id, updatedAt: now })
      .where(eq(releases.id, release.id))
      .returning();
    await enqueueJob(tx, SHIP_RELEASE_JOB, { releaseId: release.id }, { singletonKey: `release-ship:${release.id}` });
    const counts = await countCarried(tx, actor, [release.id]);
    return presentReleaseSummary(row, counts.get(release.id));
  });
}
