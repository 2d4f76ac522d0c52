import { asc, eq, inArray } from 'drizzle-orm';
import type { ClosedReplyAction, ModuleCode, ReleaseOutcome } from '../../shared/constants.ts';
import type { TSite, TSiteInput } from '../../shared/schemas.ts';
import type { Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { sites } from '../db/schema/index.ts';
import { AppError, notFound } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { visibleSiteIds } from '../policies/site-policy.ts';

type SiteRow = typeof sites.$inferSelect;

export function presentSite(row: SiteRow): TSite {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    country: row.country,
    modules: row.modules as ModuleCode[],
    moduleVersions: row.moduleVersions,
    instanceUrl: row.instanceUrl,
    languages: row.languages,
    timeZone: row.timeZone,
    contactEmail: row.contactEmail,
    isActive: row.isActive,
    releaseOutcome: row.releaseOutcome as ReleaseOutcome,
    sendsMailAcknowledgement: row.sendsMailAcknowledgement,
    closedMailReplyAction: row.closedMailReplyAction as ClosedReplyAction,
  };
}

export async function listSites(options: { db: Database; actor: Actor }): Promise<TSite[]> {
  const ids = visibleSiteIds(options.actor);
  if (ids && ids.length === 0) return [];
  const rows = await options.db
    .select()
    .from(sites)
    .where(ids ? inArray(sites.id, ids) : undefined)
    .orderBy(asc(sites.name));
  return rows.map(presentSite);
}

const codeTaken = (code: string) =>
  new AppError('conflict', `Site code ${code} is taken`, {
    errors: [{ field: 'code', message: 'is already used by another site' }],
  });

export async function createSite(options: { db: Database; input: TSiteInput }): Promise<TSite> {
  try {
    const [row] = await options.db.insert(sites).values(options.input).returning();
    return presentSite(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken(options.input.code);
    throw error;
  }
}

export async function updateSite(options: { db: Database; id: string; input: Partial<TSiteInput> }): Promise<TSite> {
  try {
    const [row] = await options.db.update(sites).set(options.input).where(eq(sites.id, options.id)).returning();
    if (!row) throw notFound('No such site');
    return presentSite(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken(options.input.code ?? '');
    throw error;
  }
}
