import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase, withDefaultUser } from '../db/client.ts';

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
  const name = `sh_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = adminClient(adminUrl);
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 20 });
  await handle.migrate();
  return {
    db: handle.db,
    kind: 'postgres',
    close: async () => {
      await handle.close();
      const cleanup = adminClient(adminUrl);
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

function adminClient(url: string) {
  return new pg.Client({ connectionString: withDefaultUser(url) });
}
