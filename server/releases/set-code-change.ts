import { eq } from 'drizzle-orm';
import type { TSetCodeChange } from '../../shared/release-schemas.ts';
import type { Database, Transaction } from '../db/client.ts';
import { helpRequests, releases, requestReleases } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canSetCodeChange } from '../policies/release-policy.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { appendEvents } from '../requests/timeline.ts';
import { loadRelease } from './release-repository.ts';

const invalidRelease = (message: string) =>
  new AppError('invalid', `releaseId ${message}`, { errors: [{ field: 'releaseId', message }] });

async function currentLink(tx: Transaction, requestId: string) {
  const [link] = await tx
    .select({
      releaseId: requestReleases.releaseId,
      via: requestReleases.via,
      version: releases.version,
      status: releases.status,
    })
    .from(requestReleases)
    .innerJoin(releases, eq(releases.id, requestReleases.releaseId))
    .where(eq(requestReleases.requestId, requestId));
  return link ?? null;
}

/** Records a level-3 request's code change (a link) and the release of its module that carries it. */
export async function setCodeChange(options: { db: Database; actor: Actor; id: string; input: TSetCodeChange; now?: Date }) {
  const { db, actor, input } = options;
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const request = await loadRequestInScope(tx, actor, options.id, { forUpdate: true });
    if (!canSetCodeChange(actor, request)) throw forbidden('Only level-3 workers record the code change of a level-3 request');
    const data: Record<string, unknown> = {};
    const changes: Partial<typeof helpRequests.$inferInsert> = {};
    if (input.codeChangeUrl !== undefined && input.codeChangeUrl !== request.codeChangeUrl) {
      changes.codeChangeUrl = input.codeChangeUrl;
      data.codeChangeUrl = { from: request.codeChangeUrl, to: input.codeChangeUrl };
    }
    if (input.releaseId !== undefined) {
      const link = await currentLink(tx, request.id);
      if (link?.via === 'deferral')
        throw invalidRelease(`cannot change: the request is deferred to ${link.version} by consultation`);
      if (link?.status === 'shipped') throw invalidRelease(`cannot change: ${link.version} has shipped`);
      if (input.releaseId !== (link?.releaseId ?? null)) {
        if (input.releaseId === null) {
          await tx.delete(requestReleases).where(eq(requestReleases.requestId, request.id));
          changes.fixVersion = null;
        } else {
          const release = await loadRelease(tx, input.releaseId).catch(() => {
            throw invalidRelease('is not a release');
          });
          if (release.module !== request.module) throw invalidRelease(`is a release of another module (${release.module})`);
          if (release.status === 'shipped') throw invalidRelease(`is ${release.version}, which has already shipped`);
          await tx
            .insert(requestReleases)
            .values({ requestId: request.id, releaseId: release.id, via: 'fix', linkedById: actor.id, createdAt: now })
            .onConflictDoUpdate({
              target: requestReleases.requestId,
              set: { releaseId: release.id, via: 'fix', linkedById: actor.id, createdAt: now },
            });
          changes.fixVersion = release.version;
        }
        data.release = { from: link?.version ?? null, to: changes.fixVersion ?? null };
      }
    }
    if (Object.keys(data).length === 0) return;
    await tx
      .update(helpRequests)
      .set({ ...changes, updatedAt: now })
      .where(eq(helpRequests.id, request.id));
    await appendEvents(tx, [{ requestId: request.id, actorId: actor.id, type: 'release_linked', data }], now);
  });
}
