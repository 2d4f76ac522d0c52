import type { TNotification } from '../../shared/community-schemas.ts';
import type { notifications } from '../db/schema/index.ts';

export function presentNotification(row: typeof notifications.$inferSelect): TNotification {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    messageKey: row.messageKey,
    messageParams: row.messageParams,
    link: row.link,
    data: row.data,
    isRead: row.readAt !== null,
    readAt: row.readAt ? row.readAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}
