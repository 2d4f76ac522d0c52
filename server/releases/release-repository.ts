import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { ModuleCode, ReleaseStatus } from '../../shared/constants.ts';
import type { TReleaseSummary } from '../../shared/release-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, releases, requestReleases, vendorTeams } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requestScopeCondition } from '../policies/request-policy.ts';

export type ReleaseRow = typeof releases.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadRelease(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<ReleaseRow> {
  if (!UUID.test(id)) throw notFound('No such release');
  const query = db.select().from(releases).where(eq(releases.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('No such release');
  return row;
}

/** The modules the actor's vendor team owns (none for anyone else). */
export async function teamModulesOf(db: DbOrTx, actor: Actor): Promise<ModuleCode[]> {
  if (actor.role !== 'vendor' || !actor.vendorTeamId) return [];
  const [team] = await db
    .select({ modules: vendorTeams.modules })
    .from(vendorTeams)
    .where(eq(vendorTeams.id, actor.vendorTeamId));
  return (team?.modules ?? []) as ModuleCode[];
}

/** How many of the requests the actor may see each release carries, split into fixes and deferrals. */
export async function countCarried(db: DbOrTx, actor: Actor, releaseIds: string[]) {
  const counts = new Map<string, { fixedCount: number; deferredCount: number }>();
  if (releaseIds.length === 0) return counts;
  const rows = await db
    .select({ releaseId: requestReleases.releaseId, via: requestReleases.via, n: count() })
    .from(requestReleases)
    .innerJoin(helpRequests, eq(helpRequests.id, requestReleases.requestId))
    .where(and(inArray(requestReleases.releaseId, releaseIds), requestScopeCondition(actor)))
    .groupBy(requestReleases.releaseId, requestReleases.via);
  for (const row of rows) {
    const entry = counts.get(row.releaseId) ?? { fixedCount: 0, deferredCount: 0 };
    if (row.via === 'deferral') entry.deferredCount = Number(row.n);
    else entry.fixedCount = Number(row.n);
    counts.set(row.releaseId, entry);
  }
  return counts;
}

export function presentReleaseSummary(row: ReleaseRow, counts = { fixedCount: 0, deferredCount: 0 }): TReleaseSummary {
  return {
    id: row.id,
    version: row.version,
    module: row.module as ModuleCode,
    plannedDate: row.plannedDate,
    status: row.status as ReleaseStatus,
    shippedAt: row.shippedAt?.toISOString() ?? null,
    ...counts,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Releases of a module not shipped yet, soonest first: what a fix can be linked to or a request deferred to. */
export async function listOpenReleases(db: DbOrTx, module: string): Promise<ReleaseRow[]> {
  return db
    .select()
    .from(releases)
    .where(and(eq(releases.module, module), sql`${releases.status} <> 'shipped'`))
    .orderBy(releases.plannedDate, releases.version);
}
