import { and, asc, eq } from 'drizzle-orm';
import type { Status, Urgency } from '../../shared/constants.ts';
import type { TRelease, TReleaseRequest } from '../../shared/release-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, requestReleases, sites, users } from '../db/schema/index.ts';
import { renderMarkdown } from '../kb/markdown/render-markdown.ts';
import type { Actor } from '../policies/actor.ts';
import { releaseAbilities } from '../policies/release-policy.ts';
import { requestScopeCondition } from '../policies/request-policy.ts';
import { countCarried, loadRelease, presentReleaseSummary, teamModulesOf } from './release-repository.ts';

/** The requests a release carries that the actor may see, by how they came to it. */
async function carriedRequests(db: DbOrTx, actor: Actor, releaseId: string, via: 'fix' | 'deferral'): Promise<TReleaseRequest[]> {
  const rows = await db
    .select({
      id: helpRequests.id,
      reference: helpRequests.reference,
      summary: helpRequests.summary,
      status: helpRequests.status,
      urgency: helpRequests.urgency,
      siteCode: sites.code,
    })
    .from(requestReleases)
    .innerJoin(helpRequests, eq(helpRequests.id, requestReleases.requestId))
    .innerJoin(sites, eq(sites.id, helpRequests.siteId))
    .where(and(eq(requestReleases.releaseId, releaseId), eq(requestReleases.via, via), requestScopeCondition(actor)))
    .orderBy(asc(helpRequests.reference));
  return rows.map((row) => ({ ...row, status: row.status as Status, urgency: row.urgency as Urgency }));
}

export async function getRelease(options: { db: DbOrTx; actor: Actor; id: string }): Promise<TRelease> {
  const { db, actor } = options;
  const release = await loadRelease(db, options.id);
  const [shipper] = release.shippedById
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, release.shippedById))
    : [];
  const counts = await countCarried(db, actor, [release.id]);
  return {
    ...presentReleaseSummary(release, counts.get(release.id)),
    notes: release.notes,
    notesHtml: renderMarkdown(release.notes),
    shippedByName: shipper?.name ?? null,
    fixedRequests: await carriedRequests(db, actor, release.id, 'fix'),
    backlog: await carriedRequests(db, actor, release.id, 'deferral'),
    abilities: releaseAbilities(actor, release, await teamModulesOf(db, actor)),
  };
}
