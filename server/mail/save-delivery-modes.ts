import { sql } from 'drizzle-orm';
import type { DeliveryMode, NotificationKind } from '../../shared/mail-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { notificationPreferences } from '../db/schema/index.ts';

/** Stores the given kinds' modes; the ones not mentioned keep theirs. */
export async function saveDeliveryModes(
  db: DbOrTx,
  userId: string,
  modes: Partial<Record<NotificationKind, DeliveryMode>>,
  now: Date,
): Promise<void> {
  const rows = Object.entries(modes).map(([kind, mode]) => ({ userId, kind, mode, updatedAt: now }));
  if (rows.length === 0) return;
  await db
    .insert(notificationPreferences)
    .values(rows)
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { mode: sql`excluded.mode`, updatedAt: sql`excluded.updated_at` },
    });
}
