import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../../server/app.ts';
import { type Config, loadConfig } from '../../server/config.ts';
import { createTestDatabase, type TestDatabase } from '../../server/test/test-database.ts';

export type RunningApp = TestDatabase & { url: string; config: Config; stop: () => Promise<void> };

/** The real server on a free port over a fresh database, serving the built web client; `overrides` change its configuration. */
export async function startAppServer(overrides: Partial<Config> = {}): Promise<RunningApp> {
  if (!existsSync(path.join(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html'))) {
    throw new Error('web/dist is missing: run `npm run build` first (npm test does)');
  }
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'support-hub-e2e-'));
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), dataDir, ...overrides };
  const app = await buildApp({ db: database.db, config });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    ...database,
    url,
    config,
    stop: async () => {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
