import { and, desc, eq, inArray } from 'drizzle-orm';
import type { TListReleasesQuery, TListReleasesResponse } from '../../shared/release-schemas.ts';
import type { Database } from '../db/client.ts';
import { releases } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { can } from '../policies/global-policy.ts';
import { countCarried, presentReleaseSummary } from './release-repository.ts';

/** Every release (everyone signed in reads them), latest planned first, counting only the requests the actor may see. */
export async function listReleases(options: {
  db: Database;
  actor: Actor;
  query: TListReleasesQuery;
}): Promise<TListReleasesResponse> {
  const { db, query } = options;
  const rows = await db
    .select()
    .from(releases)
    .where(
      and(
        query.module ? eq(releases.module, query.module) : undefined,
        query.status?.length ? inArray(releases.status, query.status) : undefined,
      ),
    )
    .orderBy(desc(releases.plannedDate), desc(releases.version))
    .limit(500);
  const counts = await countCarried(
    db,
    options.actor,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) => presentReleaseSummary(row, counts.get(row.id))),
    canCreate: can(options.actor, 'manageReleases'),
  };
}
