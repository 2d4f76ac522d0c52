import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { emailSuppressions } from '../../db/schema/index.ts';

/** The bounce that marked this address as failing, if any. */
export async function findSuppression(db: DbOrTx, address: string) {
  const [row] = await db.select().from(emailSuppressions).where(eq(emailSuppressions.address, address.trim().toLowerCase()));
  return row ?? null;
}
