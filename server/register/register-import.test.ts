import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { helpRequests, timelineEvents } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { buildSite, buildUser } from '../test/factories.ts';
import { csvFile, uploadSheet, xlsxFile } from '../test/sheet-helpers.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

let t: TestApp;
let site: TSite;
let siteAdmin: Actor & { password: string };
let client: TestClient;

const HEADER = [
  'Row ID',
  'Date received',
  'Reporter',
  'Contact',
  'Channel',
  'Module',
  'Category',
  'Urgency',
  'Summary',
  'Description',
];
const row = (id: number, overrides: Partial<Record<string, string>> = {}) => {
  const values: Record<string, string> = {
    'Row ID': String(id),
    'Date received': '2026-03-05',
    Reporter: 'Mariama B.',
    Contact: '+232 76 111 222',
    Channel: 'Phone',
    Module: 'CPIMS+',
    Category: 'Access',
    Urgency: 'High',
    Summary: `Tablet sync fails ${id}`,
    Description: 'Sync stops at 40%.',
    ...overrides,
  };
  return HEADER.map((column) => values[column]);
};

const requestCount = async () =>
  Number((await t.db.select({ value: count() }).from(helpRequests).where(eq(helpRequests.siteId, site.id)))[0].value);

beforeAll(async () => {
  t = await createTestApp({ maxImportBytes: 5 * 1024 * 1024 });
  site = await buildSite(t.db, { code: 'SLE', name: 'Sierra Leone', timeZone: 'Africa/Freetown' });
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  client = await t.login(siteAdmin.email, siteAdmin.password);
});
afterAll(() => t?.close());

describe('[SHEETS]: importing a register sheet', () => {
  it('previews a CSV row by row, writes nothing until confirmed, then creates every row once', async () => {
    const file = csvFile([HEADER, row(1), row(2, { Urgency: 'Critical', Channel: 'Walk-in' })]);
    const upload = await uploadSheet(client, 'register.csv', file, `?siteId=${site.id}`);
    expect(upload.statusCode, upload.body).toBe(201);
    const preview = upload.json();
    expect(preview).toMatchObject({
      status: 'ready',
      counts: { create: 2, update: 0, unchanged: 0, error: 0 },
      canConfirm: true,
    });
    expect(await requestCount()).toBe(0);

    const confirmed = await client.post(`/api/register/imports/${preview.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().status).toBe('applied');
    const created = await t.db.select().from(helpRequests).where(eq(helpRequests.siteId, site.id)).orderBy(helpRequests.number);
    expect(created).toHaveLength(2);
    expect(created[1]).toMatchObject({
      reference: 'SLE-0002',
      channel: 'walk_in',
      urgency: 'critical',
      module: 'cp',
      category: 'access',
      reporterName: 'Mariama B.',
      reporterId: null,
      status: 'new',
      source: { via: 'spreadsheet', fileName: 'register.csv', row: 3, importId: preview.id, rowId: '2' },
    });
    // Midday in Freetown (UTC+0) on the day the sheet says.
    expect(created[0].createdAt.toISOString()).toBe('2026-03-05T12:00:00.000Z');
    const events = await t.db.select().from(timelineEvents).where(eq(timelineEvents.requestId, created[0].id));
    expect(events.map((event) => event.type)).toEqual(['created']);

    // The same file again changes nothing, and cannot be confirmed.
    const again = (await uploadSheet(client, 'register.csv', file, `?siteId=${site.id}`)).json();
    expect(again).toMatchObject({ counts: { create: 0, update: 0, unchanged: 2, error: 0 }, canConfirm: false });
    expect((await client.post(`/api/register/imports/${again.id}/confirm`)).statusCode).toBe(409);
    expect(await requestCount()).toBe(2);
  });
});
