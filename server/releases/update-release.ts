import { eq, inArray } from 'drizzle-orm';
import type { TReleaseSummary, TUpdateRelease } from '../../shared/release-schemas.ts';
import type { Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { helpRequests, releases, requestReleases } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canManageReleaseModule } from '../policies/release-policy.ts';
import { versionTaken } from './create-release.ts';
import { loadRelease, presentReleaseSummary, teamModulesOf } from './release-repository.ts';

export const shippedAlready = () =>
  new AppError('conflict', 'A shipped release cannot be changed', {
    errors: [{ field: 'status', message: 'is shipped; a shipped release cannot be changed' }],
  });

/** Edits version, date, notes, or moves between planned and in testing; a shipped release is history. */
export async function updateRelease(options: {
  db: Database;
  actor: Actor;
  id: string;
  input: TUpdateRelease;
  now?: Date;
}): Promise<TReleaseSummary> {
  const { db, actor, input } = options;
  const now = options.now ?? new Date();
  try {
    return await db.transaction(async (tx) => {
      const release = await loadRelease(tx, options.id, { forUpdate: true });
      if (!canManageReleaseModule(actor, release.module, await teamModulesOf(tx, actor))) {
        throw forbidden('You may not manage releases of this module');
      }
      if (release.status === 'shipped') throw shippedAlready();
      const [row] = await tx
        .update(releases)
        .set({ ...input, updatedAt: now })
        .where(eq(releases.id, release.id))
        .returning();
      if (input.version && input.version !== release.version) {
        // Requests show the version that carries them; keep it in step with a renamed release.
        const carried = tx
          .select({ id: requestReleases.requestId })
          .from(requestReleases)
          .where(eq(requestReleases.releaseId, release.id));
        await tx.update(helpRequests).set({ fixVersion: input.version }).where(inArray(helpRequests.id, carried));
      }
      return presentReleaseSummary(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw versionTaken(input.version ?? '');
    throw error;
  }
}
