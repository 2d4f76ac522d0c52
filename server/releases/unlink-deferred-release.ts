import { and, eq, isNull } from 'drizzle-orm';
import type { Transaction } from '../db/client.ts';
import { releases, requestReleases } from '../db/schema/index.ts';

/**
 * A deferred request taken back into the queue by hand no longer waits for the release it was
 * deferred to: the link goes, and so does the fix version it set. Returns the update step
 * (changes and timeline event) for the caller's transaction; nothing when no deferral link is left.
 */
export async function unlinkDeferredRelease(tx: Transaction, requestId: string) {
  const [removed] = await tx
    .delete(requestReleases)
    .where(and(eq(requestReleases.requestId, requestId), eq(requestReleases.via, 'deferral'), isNull(requestReleases.shippedAt)))
    .returning({ releaseId: requestReleases.releaseId });
  if (!removed) return { changes: {}, events: [] };
  const [release] = await tx.select({ version: releases.version }).from(releases).where(eq(releases.id, removed.releaseId));
  return {
    changes: { fixVersion: null },
    events: [
      {
        type: 'release_linked' as const,
        data: { release: { from: release?.version ?? null, to: null }, releaseId: removed.releaseId, cause: 'left_deferral' },
      },
    ],
  };
}
