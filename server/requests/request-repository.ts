import { eq, getTableColumns } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, sites, users, vendorTeams } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { isInScope } from '../policies/request-policy.ts';

export type HelpRequestRow = typeof helpRequests.$inferSelect;

const assignee = alias(users, 'assignee');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The request with the names the presenter shows; by id or by reference (`SLE-0042`). */
export async function findRequestRow(db: DbOrTx, idOrReference: string, options: { forUpdate?: boolean } = {}) {
  const where = UUID.test(idOrReference)
    ? eq(helpRequests.id, idOrReference)
    : eq(helpRequests.reference, idOrReference.toUpperCase());
  const query = db
    .select({
      ...getTableColumns(helpRequests),
      siteCode: sites.code,
      siteName: sites.name,
      assigneeName: assignee.name,
      vendorTeamName: vendorTeams.name,
    })
    .from(helpRequests)
    .innerJoin(sites, eq(sites.id, helpRequests.siteId))
    .leftJoin(assignee, eq(assignee.id, helpRequests.assigneeId))
    .leftJoin(vendorTeams, eq(vendorTeams.id, helpRequests.vendorTeamId))
    .where(where)
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: helpRequests }) : await query;
  return row ?? null;
}

export type LoadedRequest = NonNullable<Awaited<ReturnType<typeof findRequestRow>>>;

/** Loads a request the actor may see; anything else is 404 so its existence does not leak. */
export async function loadRequestInScope(
  db: DbOrTx,
  actor: Actor,
  idOrReference: string,
  options: { forUpdate?: boolean } = {},
): Promise<LoadedRequest> {
  const row = await findRequestRow(db, idOrReference, options);
  if (!row || !isInScope(actor, row)) throw notFound('No such help request');
  return row;
}
