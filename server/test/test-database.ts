import { type Database, openDatabase } from '../db/client.ts';
import { createScratchDatabase } from '../db/scratch-database.ts';

export type TestDatabase = { db: Database; kind: 'pglite' | 'postgres'; close: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: a new in-memory PGlite, or, when
 * TEST_DATABASE_URL is set, a new PostgreSQL database created next to it and dropped after.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const handle = await openDatabase({ dataDir: null });
    await handle.migrate();
    return { db: handle.db, kind: 'pglite', close: handle.close };
  }
  const scratch = await createScratchDatabase(adminUrl);
  const handle = await openDatabase({ databaseUrl: scratch.url, poolSize: 20 });
  await handle.migrate();
  return {
    db: handle.db,
    kind: 'postgres',
    close: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}
