import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { registerImports } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canSeeImport } from '../policies/register-policy.ts';

/** The import if the actor uploaded it; anyone else gets a 404, as for anything they may not know. */
export async function loadImport(db: DbOrTx, actor: Actor, id: string) {
  const [upload] = await db.select().from(registerImports).where(eq(registerImports.id, id));
  if (!upload || !canSeeImport(actor, upload)) throw notFound('No such import');
  return upload;
}
