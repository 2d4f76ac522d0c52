import { eq } from 'drizzle-orm';
import {
  DELIVERY_MODES,
  type DeliveryMode,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type TNotificationPreferences,
} from '../../shared/mail-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { notificationPreferences } from '../db/schema/index.ts';

/** Every notification kind with the user's choice, `immediate` where they made none. */
export async function getNotificationPreferences(options: { db: DbOrTx; userId: string }): Promise<TNotificationPreferences> {
  const rows = await options.db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, options.userId));
  const preferences = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, 'immediate'])) as Record<
    NotificationKind,
    DeliveryMode
  >;
  for (const row of rows) {
    const kind = NOTIFICATION_KINDS.find((candidate) => candidate === row.kind);
    const mode = DELIVERY_MODES.find((candidate) => candidate === row.mode);
    if (kind && mode) preferences[kind] = mode;
  }
  return { preferences };
}
