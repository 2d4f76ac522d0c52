import type { DeliveryMode, NotificationKind, TNotificationPreferences } from '../../shared/mail-schemas.ts';
import type { Database } from '../db/client.ts';
import { getNotificationPreferences } from './get-notification-preferences.ts';
import { saveDeliveryModes } from './save-delivery-modes.ts';

/** The signed-in user changes how they want to be told about each kind of event. */
export async function updateNotificationPreferences(options: {
  db: Database;
  userId: string;
  preferences: Partial<Record<NotificationKind, DeliveryMode>>;
  now?: Date;
}): Promise<TNotificationPreferences> {
  const { db, userId } = options;
  return db.transaction(async (tx) => {
    await saveDeliveryModes(tx, userId, options.preferences, options.now ?? new Date());
    return getNotificationPreferences({ db: tx, userId });
  });
}
