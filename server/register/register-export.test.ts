import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { helpRequests, jobs, timelineEvents } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser } from '../test/factories.ts';
import { confirmAndApply, readXlsx, uploadSheet } from '../test/sheet-helpers.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';
import { decodeTextFile } from './decode-text-file.ts';
import { parseCsv } from './parse-csv.ts';

let t: TestApp;
let site: TSite;
let otherSite: TSite;
let siteAdmin: Actor & { password: string };
let client: TestClient;
let helpDesk: TestClient;
const INJECTION = '=HYPERLINK("http://evil.example","click")';

const csvOf = (body: Buffer) => [...parseCsv(decodeTextFile(body).text, ',')];
const toCsv = (rows: string[][]) =>
  Buffer.from(`\uFEFF${rows.map((row) => row.map((field) => `"${field.replaceAll('"', '""')}"`).join(',')).join('\r\n')}\r\n`);

beforeAll(async () => {
  t = await createTestApp();
  site = await buildSite(t.db, { code: 'SLE', name: 'Sierra Leone' });
  otherSite = await buildSite(t.db, { code: 'JOR', name: 'Jordan', modules: ['gbv'] });
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  client = await t.login(siteAdmin.email, siteAdmin.password);
  const desk = await buildUser(t.db, 'help_desk');
  helpDesk = await t.login(desk.email, desk.password);
  await buildRequest(t.db, siteAdmin, { siteId: site.id, summary: 'Password reset loop', reporterName: 'Fatmata S.' });
  await buildRequest(t.db, siteAdmin, {
    siteId: site.id,
    summary: 'Slow case search',
    urgency: 'high',
    reporterName: 'Ibrahim K.',
  });
  await buildRequest(t.db, siteAdmin, { siteId: site.id, summary: INJECTION, description: '+1 line\n-2 line\n@three' });
  await buildRequest(t.db, { ...siteAdmin, role: 'admin' }, { siteId: otherSite.id, module: 'gbv', summary: 'Jordan only' });
});
afterAll(() => t?.close());

describe('[SHEETS]: exporting the register', () => {
  it('streams a CSV of the caller’s scope with formulas neutralised and records its progress', async () => {
    const exportId = crypto.randomUUID();
    const response = await client.get(`/api/register/export?format=csv&exportId=${exportId}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    expect(response.headers['x-export-rows']).toBe('3');
    const rows = csvOf(response.rawPayload);
    expect(rows[0].slice(0, 4)).toEqual(['Reference', 'Row ID', 'Site', 'Date received']);
    expect(rows).toHaveLength(4);
    expect(rows.flat()).not.toContain('Jordan only');
    const summaries = rows.slice(1).map((row) => row[10]);
    expect(summaries).toContain(`'${INJECTION}`);
    expect(rows.slice(1).map((row) => row[11])).toContain("'+1 line\n-2 line\n@three");
    const progress = (await client.get(`/api/register/exports/${exportId}`)).json();
    expect(progress).toMatchObject({ status: 'done', rowsTotal: 3, rowsDone: 3, format: 'csv' });
    const other = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
    expect((await (await t.login(other.email, other.password)).get(`/api/register/exports/${exportId}`)).statusCode).toBe(404);
  });

  it('applies the register filters and covers every site the help desk sees', async () => {
    const all = csvOf((await helpDesk.get('/api/register/export?format=csv')).rawPayload);
    expect(all).toHaveLength(5);
    const jordan = csvOf((await helpDesk.get(`/api/register/export?format=csv&siteId=${otherSite.id}`)).rawPayload);
    expect(jordan.slice(1).map((row) => row[0])).toEqual(['JOR-0001']);
    const high = csvOf((await helpDesk.get('/api/register/export?format=csv&urgency=high')).rawPayload);
    expect(high.slice(1).map((row) => row[10])).toEqual(['Slow case search']);
  });

  it('round trip: export → edit → import changes exactly the edits, and importing again changes nothing', async () => {
    const exported = csvOf((await client.get('/api/register/export?format=csv')).rawPayload);
    const [header, ...rows] = exported;
    const edited = rows.map((row) => [...row]);
    const column = (name: string) => header.indexOf(name);
    const byReference = (reference: string) => edited.find((row) => row[0] === reference) as string[];
    byReference('SLE-0001')[column('Summary')] = 'Password reset loop on tablets';
    byReference('SLE-0002')[column('Urgency')] = 'Low';
    byReference('SLE-0002')[column('Level')] = '3'; // information only: ignored
    byReference('SLE-0003')[column('Status')] = 'In progress';

    const preview = (await uploadSheet(client, 'register-edited.csv', toCsv([header, ...edited]))).json();
    expect(preview.counts).toEqual({ create: 0, update: 3, unchanged: 0, error: 0 });
    const items = (await client.get(`/api/register/imports/${preview.id}/rows`)).json().items;
    const changes = Object.fromEntries(
      items.map((item: { reference: string; changes: unknown[] }) => [item.reference, item.changes]),
    );
    expect(changes).toEqual({
      'SLE-0001': [{ field: 'summary', from: 'Password reset loop', to: 'Password reset loop on tablets' }],
      'SLE-0002': [{ field: 'urgency', from: 'high', to: 'low' }],
      'SLE-0003': [{ field: 'status', from: 'new', to: 'in_progress' }],
    });
    expect((await confirmAndApply(t, client, preview.id)).upload.status).toBe('applied');

    const after = await t.db.select().from(helpRequests).where(eq(helpRequests.siteId, site.id)).orderBy(helpRequests.number);
    expect(after.map((request) => [request.summary, request.urgency, request.status, request.level])).toEqual([
      ['Password reset loop on tablets', 'normal', 'new', 1],
      ['Slow case search', 'low', 'new', 1],
      [INJECTION, 'normal', 'in_progress', 1],
    ]);
    const events = await t.db.select().from(timelineEvents).where(eq(timelineEvents.requestId, after[1].id));
    expect(events.at(-1)).toMatchObject({
      type: 'field_changed',
      data: { field: 'urgency', from: 'high', to: 'low', via: 'spreadsheet' },
    });

    const again = (await uploadSheet(client, 'register-edited.csv', toCsv([header, ...edited]))).json();
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 3, error: 0 });
  });

  it('round trip through XLSX: one edited cell is the one change', async () => {
    const response = await client.get('/api/register/export?format=xlsx');
    expect(response.headers['content-type']).toMatch(/spreadsheetml/);
    const { workbook, rows } = await readXlsx(response.rawPayload);
    expect(rows[0][0]).toBe('Reference');
    const sheet = workbook.worksheets[0];
    const summaryColumn = (rows[0] as string[]).indexOf('Summary') + 1;
    const target = rows.findIndex((row) => row[0] === 'SLE-0002') + 1;
    expect(rows.find((row) => row[0] === 'SLE-0003')?.[summaryColumn - 1]).toBe(`'${INJECTION}`);
    sheet.getRow(target).getCell(summaryColumn).value = 'Slow case search on 3G';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = (await uploadSheet(client, 'register.xlsx', edited)).json();
    expect(preview.counts).toEqual({ create: 0, update: 1, unchanged: 2, error: 0 });
    const updates = (await client.get(`/api/register/imports/${preview.id}/rows?action=update`)).json().items;
    expect(updates).toMatchObject([
      { reference: 'SLE-0002', changes: [{ field: 'summary', from: 'Slow case search', to: 'Slow case search on 3G' }] },
    ]);
  });

  it('refuses an import whose request changed after the preview, writing none of the file', async () => {
    const exported = csvOf((await client.get('/api/register/export?format=csv')).rawPayload);
    const [header, ...rows] = exported;
    rows[0][header.indexOf('Description')] = 'Edited in the sheet';
    const preview = (await uploadSheet(client, 'stale.csv', toCsv([header, ...rows]))).json();
    expect(preview.counts.update).toBe(1);
    await client.patch(`/api/requests/${rows[0][0]}`, { urgency: 'critical' });
    const { confirmed, upload } = await confirmAndApply(t, client, preview.id);
    expect(confirmed.statusCode).toBe(202);
    expect(upload.status).toBe('failed');
    expect(upload.fileErrors[0].message).toMatch(/changed after the preview/);
    const [request] = await t.db.select().from(helpRequests).where(eq(helpRequests.reference, rows[0][0]));
    expect(request.description).not.toBe('Edited in the sheet');
    const [job] = await t.db.select().from(jobs).where(sql`${jobs.payload}->>'importId' = ${preview.id}`);
    expect(job).toMatchObject({ name: 'register.apply-import', status: 'dead' });
  });
});
