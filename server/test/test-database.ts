import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/client.ts';
import { createScratchDatabase } from '../db/scratch-database.ts';

export type TestDatabase = { db: Database; kind: 'pglite' | 'postgres'; close: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: a new in-memory PGlite, or, when
 * TEST_DATABASE_URL is set, a new PostgreSQL database created next to it and dropped after.
 * Both start from the template the global setup migrated once (server/test/global-setup.ts).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const template = inject('testDatabaseTemplate');
  if (!adminUrl) {
    const pgliteDump = template ? new Blob([await readFile(template)]) : undefined;
    const handle = await openDatabase({ dataDir: null, pgliteDump });
    if (!template) await handle.migrate();
    return { db: handle.db, kind: 'pglite', close: handle.close };
  }
  const scratch = await createScratchDatabase(adminUrl, undefined, template);
  const handle = await openDatabase({ databaseUrl: scratch.url, poolSize: 20 });
  if (!template) await handle.migrate();
  return {
    db: handle.db,
    kind: 'postgres',
    close: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}
