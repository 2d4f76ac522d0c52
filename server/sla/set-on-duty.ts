import { eq } from 'drizzle-orm';
import type { TUser } from '../../shared/schemas.ts';
import type { Database } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { can } from '../policies/global-policy.ts';
import { presentUser } from '../users/present-user.ts';

/** A coordinator or help-desk member goes on or off duty for critical paging. */
export async function setOnDuty(options: { db: Database; actor: Actor; isOnDuty: boolean }): Promise<TUser> {
  if (!can(options.actor, 'setOnDuty')) throw forbidden('Only coordinators and the help desk go on duty');
  const [row] = await options.db
    .update(users)
    .set({ isOnDuty: options.isOnDuty })
    .where(eq(users.id, options.actor.id))
    .returning();
  return presentUser(row);
}
