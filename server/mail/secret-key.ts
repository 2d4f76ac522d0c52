import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { DbOrTx } from '../db/client.ts';
import { settings } from '../db/schema/index.ts';

const KEY = 'secret_key';

/**
 * SECRET_KEY, or else a random key generated on first use and kept in the `settings` table, so
 * links signed by one web node verify on every other and survive restarts.
 */
export async function loadSecretKey(db: DbOrTx, config: Pick<Config, 'secretKey'>): Promise<string> {
  if (config.secretKey) return config.secretKey;
  const read = async () => (await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)))[0];
  const existing = await read();
  if (existing) return existing.value;
  await db
    .insert(settings)
    .values({ key: KEY, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const created = await read();
  if (!created) throw new Error('The secret key could not be stored');
  return created.value;
}
