import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { TListNotificationsQuery, TListNotificationsResponse } from '../../shared/community-schemas.ts';
import { pageCursor } from '../community/page-cursor.ts';
import type { DbOrTx } from '../db/client.ts';
import { notifications } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { countUnread } from './count-unread.ts';
import { presentNotification } from './present-notification.ts';

/** The caller's own notifications, latest first, keyset-paginated, with the unread count. */
export async function listNotifications(options: {
  db: DbOrTx;
  actor: Actor;
  query: TListNotificationsQuery;
}): Promise<TListNotificationsResponse> {
  const { db, actor, query } = options;
  let after: SQL | undefined;
  if (query.cursor) {
    const { values, id } = pageCursor.decode(query.cursor, 1);
    after = sql`(${notifications.createdAt}, ${notifications.id}) < (${new Date(String(values[0]))}::timestamptz, ${id}::uuid)`;
  }
  const [rows, unreadCount] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, actor.id), query.unread ? isNull(notifications.readAt) : undefined, after))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(query.limit + 1),
    countUnread(db, actor.id),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentNotification),
    nextCursor: rows.length > query.limit && last ? pageCursor.encode([last.createdAt.toISOString()], last.id) : null,
    unreadCount,
  };
}
