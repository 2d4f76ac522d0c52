import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export type TestClient = {
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  csrfToken: string;
};

export type TestApp = TestDatabase & {
  app: FastifyInstance;
  config: Config;
  dataDir: string;
  login: (email: string, password: string) => Promise<TestClient>;
  anonymous: () => TestClient;
};

function clientFor(app: FastifyInstance, cookie: string | undefined, csrfToken: string): TestClient {
  const request = (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        ...options.headers,
      },
    });
  return {
    request,
    csrfToken,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
  };
}

/**
 * The real app on a fresh database, driven through Fastify's inject (full HTTP semantics, no socket).
 * `overrides` change the configuration, e.g. to point SMTP at a test server.
 */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'support-hub-test-'));
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), dataDir, maxAttachmentBytes: 1024 * 1024, ...overrides };
  const app = await buildApp({ db: database.db, config });
  await app.ready();
  return {
    ...database,
    app,
    config,
    dataDir,
    anonymous: () => clientFor(app, undefined, ''),
    login: async (email, password) => {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
      if (response.statusCode !== 200) throw new Error(`login ${email} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      return clientFor(app, cookie, response.json().csrfToken);
    },
    close: async () => {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
