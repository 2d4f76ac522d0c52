import { and, eq, isNull } from 'drizzle-orm';
import type { TNotification } from '../../shared/community-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { notifications } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { presentNotification } from './present-notification.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Marks one of the caller's notifications read (keeping the first read time); someone else's is 404. */
export async function markRead(options: { db: DbOrTx; actor: Actor; id: string; now?: Date }): Promise<TNotification> {
  const { db, actor, id } = options;
  if (!UUID.test(id)) throw notFound('No such notification');
  const mine = and(eq(notifications.id, id), eq(notifications.userId, actor.id));
  await db
    .update(notifications)
    .set({ readAt: options.now ?? new Date() })
    .where(and(mine, isNull(notifications.readAt)));
  const [row] = await db.select().from(notifications).where(mine);
  if (!row) throw notFound('No such notification');
  return presentNotification(row);
}
