import { eq } from 'drizzle-orm';
import type { TRequestReleaseInfo } from '../../shared/release-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { releases, requestReleases } from '../db/schema/index.ts';
import { proposalsOfRequest } from '../deferrals/deferral-repository.ts';
import type { Actor } from '../policies/actor.ts';
import { isStaff } from '../policies/actor.ts';
import { canProposeDeferral, canSetCodeChange } from '../policies/release-policy.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { countCarried, listOpenReleases, presentReleaseSummary } from './release-repository.ts';

/** What the request page's release panel shows; deferral proposals and decisions only to staff. */
export async function getRequestReleaseInfo(options: { db: DbOrTx; actor: Actor; id: string }): Promise<TRequestReleaseInfo> {
  const { db, actor } = options;
  const request = await loadRequestInScope(db, actor, options.id);
  const [linked] = await db
    .select({ release: releases })
    .from(requestReleases)
    .innerJoin(releases, eq(releases.id, requestReleases.releaseId))
    .where(eq(requestReleases.requestId, request.id));
  const canSet = canSetCodeChange(actor, request);
  const canPropose = canProposeDeferral(actor, request);
  const open = canSet || canPropose ? await listOpenReleases(db, request.module) : [];
  const counts = await countCarried(db, actor, [...open.map((r) => r.id), ...(linked ? [linked.release.id] : [])]);
  const seesDeferrals = isStaff(actor);
  return {
    codeChangeUrl: request.codeChangeUrl,
    release: linked ? presentReleaseSummary(linked.release, counts.get(linked.release.id)) : null,
    openReleases: open.map((row) => presentReleaseSummary(row, counts.get(row.id))),
    deferrals: seesDeferrals ? await proposalsOfRequest(db, actor, request.id) : [],
    abilities: { setCodeChange: canSet, proposeDeferral: canPropose && request.urgency !== 'critical' },
  };
}
