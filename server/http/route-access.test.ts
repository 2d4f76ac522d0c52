import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { registerAccessControl } from './access.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const SOME_ID = '00000000-0000-4000-8000-000000000000';

describe('[ACCESS]: every API route declares who may call it', () => {
  it('refuses to register an /api route without an access rule', async () => {
    const app = Fastify();
    registerAccessControl(app, t.db);
    expect(() => app.get('/api/forgotten', async () => 'open')).toThrow(/declares no access rule/);
    await app.close();
  });

  it('has declared every route of the real app, and answers 401 to anonymous callers on each non-public one', async () => {
    const table = t.app.accessTable;
    expect(table.length).toBeGreaterThan(20);
    expect(
      table
        .filter((entry) => entry.access === 'public')
        .map((entry) => `${entry.method} ${entry.url}`)
        .sort(),
    ).toEqual([
      'GET /api/health',
      'GET /api/openapi.json',
      // The maintenance status page, its iCalendar feeds and the signed notice receipt link.
      'GET /api/public/notice-receipt',
      'GET /api/public/sites/:code/maintenance.ics',
      'GET /api/public/status',
      'GET /api/unsubscribe',
      'POST /api/auth/login',
      // Jira has no session: each delivery proves itself with the team's webhook secret.
      'POST /api/jira/webhooks/:teamId',
      'POST /api/public/notice-receipt/acknowledge',
      'POST /api/unsubscribe',
    ]);
    for (const entry of table.filter((e) => e.access !== 'public')) {
      const url = entry.url.replace(/:[A-Za-z]+/g, SOME_ID);
      const response = await t.app.inject({
        method: entry.method as 'GET',
        url,
        payload: entry.method === 'GET' ? undefined : {},
      });
      expect(response.statusCode, `${entry.method} ${entry.url}`).toBe(401);
    }
  });

  it('serves an OpenAPI document generated from the same schemas', async () => {
    const response = await t.anonymous().get('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/requests', '/api/requests/{id}/escalations', '/api/vendor-queue']),
    );
    const create = doc.paths['/api/requests'].post.requestBody.content['application/json'].schema;
    expect(create.required).toEqual(expect.arrayContaining(['siteId', 'module', 'summary']));
    expect(create.properties.urgency.enum).toEqual(['critical', 'high', 'normal', 'low']);
  });
});
