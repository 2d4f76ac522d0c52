import { and, count, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { notifications } from '../db/schema/index.ts';

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.value ?? 0);
}
