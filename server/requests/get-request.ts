import { asc, eq } from 'drizzle-orm';
import type { THelpRequest } from '../../shared/schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { attachments } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { presentRequest } from './present-request.ts';
import { loadRequestInScope } from './request-repository.ts';

export async function getRequest(options: { db: DbOrTx; actor: Actor; id: string }): Promise<THelpRequest> {
  const row = await loadRequestInScope(options.db, options.actor, options.id);
  const files = await options.db
    .select()
    .from(attachments)
    .where(eq(attachments.requestId, row.id))
    .orderBy(asc(attachments.createdAt));
  return presentRequest(row, options.actor, files);
}
