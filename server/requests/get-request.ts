import { asc, inArray } from 'drizzle-orm';
import type { THelpRequest } from '../../shared/schemas.ts';
import { loadMergeLinks, mergedFamilyIds } from '../consolidation/merged-family.ts';
import type { DbOrTx } from '../db/client.ts';
import { attachments } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { presentRequest } from './present-request.ts';
import { loadRequestInScope } from './request-repository.ts';

export async function getRequest(options: { db: DbOrTx; actor: Actor; id: string }): Promise<THelpRequest> {
  const row = await loadRequestInScope(options.db, options.actor, options.id);
  // A survivor of a merge also shows the attachments of the requests merged into it.
  const familyIds = await mergedFamilyIds(options.db, row.id);
  const files = await options.db
    .select()
    .from(attachments)
    .where(inArray(attachments.requestId, familyIds))
    .orderBy(asc(attachments.createdAt));
  return presentRequest(row, options.actor, files, await loadMergeLinks(options.db, row));
}
