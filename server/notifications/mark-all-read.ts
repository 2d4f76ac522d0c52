import { and, eq, isNull } from 'drizzle-orm';
import type { TUnreadCount } from '../../shared/community-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { notifications } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';

/** Marks every unread notification of the caller read. */
export async function markAllRead(options: { db: DbOrTx; actor: Actor; now?: Date }): Promise<TUnreadCount> {
  await options.db
    .update(notifications)
    .set({ readAt: options.now ?? new Date() })
    .where(and(eq(notifications.userId, options.actor.id), isNull(notifications.readAt)));
  return { unreadCount: 0 };
}
