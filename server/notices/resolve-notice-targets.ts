import { and, eq, inArray } from 'drizzle-orm';
import type { TIssueNotice } from '../../shared/notice-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, sites } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

type Targets = Pick<TIssueNotice, 'siteIds' | 'modules' | 'moduleVersion'>;

/**
 * The active sites a notice goes to: those named, plus every site running one of the modules
 * (at the given version, when there is one). Fails naming the field when nothing matches.
 */
export async function resolveNoticeSites(tx: DbOrTx, targets: Targets): Promise<string[]> {
  const named = targets.siteIds ?? [];
  const modules = targets.modules ?? [];
  const active = await tx.select().from(sites).where(eq(sites.isActive, true));
  const unknown = named.filter((id) => !active.some((site) => site.id === id));
  if (unknown.length > 0) {
    throw new AppError('invalid', 'Unknown or inactive site', {
      errors: [{ field: 'siteIds', message: 'Unknown or inactive site' }],
    });
  }
  const byModule = active.filter((site) =>
    modules.some(
      (module) =>
        site.modules.includes(module) && (!targets.moduleVersion || site.moduleVersions[module] === targets.moduleVersion),
    ),
  );
  const ids = [...new Set([...named, ...byModule.map((site) => site.id)])];
  if (ids.length === 0) {
    const field = modules.length > 0 ? 'modules' : 'siteIds';
    throw new AppError('invalid', 'The notice reaches no site', {
      errors: [{ field, message: 'Choose sites, or modules some site runs' }],
    });
  }
  return ids;
}

/** Request ids for the references given; unknown ones fail naming the field. */
export async function resolveNoticeRequests(tx: DbOrTx, references: string[]): Promise<string[]> {
  const wanted = [...new Set(references.map((reference) => reference.toUpperCase()))];
  if (wanted.length === 0) return [];
  const rows = await tx
    .select({ id: helpRequests.id, reference: helpRequests.reference })
    .from(helpRequests)
    .where(and(inArray(helpRequests.reference, wanted)));
  const missing = wanted.filter((reference) => !rows.some((row) => row.reference === reference));
  if (missing.length > 0) {
    throw new AppError('invalid', 'Unknown request', {
      errors: [{ field: 'requestReferences', message: `No request ${missing.join(', ')}` }],
    });
  }
  return rows.map((row) => row.id);
}
