import { and, eq } from 'drizzle-orm';
import { DELIVERY_MODES, type DeliveryMode, type NotificationKind } from '../../shared/mail-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { notificationPreferences } from '../db/schema/index.ts';

const isDeliveryMode = (value: string): value is DeliveryMode => (DELIVERY_MODES as readonly string[]).includes(value);

/** How a user wants one kind of notification: `immediate` unless they chose otherwise. */
export async function loadDeliveryMode(db: DbOrTx, userId: string, kind: NotificationKind): Promise<DeliveryMode> {
  const [row] = await db
    .select({ mode: notificationPreferences.mode })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.kind, kind)));
  return row && isDeliveryMode(row.mode) ? row.mode : 'immediate';
}
