import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.ts';
import { createScratchDatabase } from '../db/scratch-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated database each test file copies: a PGlite dump file, or a PostgreSQL database name. */
    testDatabaseTemplate: string | undefined;
  }
}

/**
 * Migrates one database before the run; every test file then starts from a copy of it instead of
 * initialising and migrating its own (seconds per file). The migrations still run, once per run.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  if (adminUrl) {
    const template = await createScratchDatabase(adminUrl, `sh_template_${suffix}`);
    const handle = await openDatabase({ databaseUrl: template.url, poolSize: 1 });
    await handle.migrate();
    await handle.close();
    project.provide('testDatabaseTemplate', new URL(template.url).pathname.slice(1));
    return () => template.drop();
  }
  const handle = await openDatabase({ dataDir: null });
  await handle.migrate();
  if (!handle.dump) throw new Error('PGlite handle without dump');
  const dumpFile = path.join(tmpdir(), `support-hub-template-${suffix}.tar`);
  writeFileSync(dumpFile, Buffer.from(await (await handle.dump()).arrayBuffer()));
  await handle.close();
  project.provide('testDatabaseTemplate', dumpFile);
  return () => rmSync(dumpFile, { force: true });
}
