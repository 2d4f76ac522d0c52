import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests } from '../db/schema/index.ts';

export type MergedMember = { id: string; reference: string };

/**
 * The request and every request merged into it, directly or through an earlier merge: their
 * timelines and attachments read as one. The survivor comes first.
 */
export async function mergedFamily(db: DbOrTx, requestId: string): Promise<MergedMember[]> {
  const result = await db.execute(sql`
    with recursive family(id, reference, depth) as (
      select id, reference, 0 from help_requests where id = ${requestId}
      union all
      select child.id, child.reference, family.depth + 1
      from help_requests child join family on child.merged_into_id = family.id
      where family.depth < 20
    )
    select id, reference from family order by depth, reference`);
  return (result as unknown as { rows: MergedMember[] }).rows;
}

/** The ids of `mergedFamily`, for `where request_id in (…)`. */
export async function mergedFamilyIds(db: DbOrTx, requestId: string): Promise<string[]> {
  return (await mergedFamily(db, requestId)).map((member) => member.id);
}

/** What the request page shows about merges: where this one went, and what came into it. */
export async function loadMergeLinks(db: DbOrTx, request: { id: string; mergedIntoId: string | null }) {
  const [mergedInto] = request.mergedIntoId
    ? await db
        .select({ id: helpRequests.id, reference: helpRequests.reference })
        .from(helpRequests)
        .where(eq(helpRequests.id, request.mergedIntoId))
    : [];
  const mergedFrom = await db
    .select({ id: helpRequests.id, reference: helpRequests.reference })
    .from(helpRequests)
    .where(eq(helpRequests.mergedIntoId, request.id))
    .orderBy(asc(helpRequests.reference));
  return { mergedInto: mergedInto ?? null, mergedFrom };
}
