import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { consolidationJobHandlers } from '../consolidation/consolidation-job-handlers.ts';
import { DETECT_DUPLICATES_JOB } from '../consolidation/consolidation-job-names.ts';
import { duplicateCandidates, helpRequests, jobs, timelineEvents } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { createRequest } from '../requests/create-request.ts';
import { SLA_CHECK_JOB } from '../sla/schedule-sla-check.ts';
import { buildSite, buildUser } from '../test/factories.ts';
import { runDueJobs } from '../test/run-due-jobs.ts';
import { confirmAndApply, csvFile, uploadSheet, xlsxFile } from '../test/sheet-helpers.ts';
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

    const { confirmed, upload: applied } = await confirmAndApply(t, client, preview.id);
    // Answered at once; the job writes the rows.
    expect(confirmed.statusCode, confirmed.body).toBe(202);
    expect(confirmed.json().status).toBe('applying');
    expect(applied.status).toBe('applied');
    const twice = await client.post(`/api/register/imports/${preview.id}/confirm`);
    expect([twice.statusCode, twice.json().status]).toEqual([200, 'applied']);
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

  it('refuses a sheet without the columns it needs, naming them, and writes nothing', async () => {
    const response = await uploadSheet(
      client,
      'people.csv',
      csvFile([
        ['Name', 'Phone', 'Problem'],
        ['A', '1', 'x'],
      ]),
      `?siteId=${site.id}`,
    );
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.errors[0]).toMatchObject({ field: 'file' });
    expect(problem.errors.map((error: { message: string }) => error.message).join(' | ')).toMatch(/Summary, is missing/);
    expect(problem.errors.map((error: { message: string }) => error.message).join(' | ')).toMatch(/Row ID, is missing/);
    expect(await requestCount()).toBe(2);
  });

  it('lists bad dates, unknown sites and unknown list values by row and column, and cannot be confirmed', async () => {
    const file = csvFile([
      [...HEADER, 'Site'],
      [...row(10, { 'Date received': '31/02/2026' }), ''],
      [...row(11, { 'Date received': 'next tuesday' }), ''],
      [...row(12), 'XYZ'],
      [...row(13, { Urgency: 'Whenever' }), ''],
      [...row(14, { 'Date received': '05/13/2026' }), ''],
      [...row(15, { 'Date received': '5 mars 2026' }), 'sle'],
    ]);
    const preview = (await uploadSheet(client, 'bad.csv', file, `?siteId=${site.id}`)).json();
    expect(preview.counts).toEqual({ create: 2, update: 0, unchanged: 0, error: 4 });
    expect(preview.errors).toEqual([
      { row: 2, column: 'Date received', message: expect.stringMatching(/“31\/02\/2026” is not a date/) },
      { row: 3, column: 'Date received', message: expect.stringMatching(/“next tuesday” is not a date/) },
      { row: 4, column: 'Site', message: 'no site has the code “XYZ”' },
      { row: 5, column: 'Urgency', message: '“Whenever” is not one of the choices in the list' },
    ]);
    expect(preview.canConfirm).toBe(false);
    const confirm = await client.post(`/api/register/imports/${preview.id}/confirm`);
    expect(confirm.statusCode).toBe(409);
    expect(confirm.json().detail ?? confirm.json().title).toMatch(/4 rows have errors/);
    expect(await requestCount()).toBe(2);
  });

  it('finds the 3 bad rows among 10,000 and writes none of the 9,997 good ones', async () => {
    const rows = [HEADER];
    for (let index = 1; index <= 10_000; index += 1) {
      const bad =
        index === 17
          ? { Summary: '' }
          : index === 5000
            ? { Module: 'HRIS' }
            : index === 9999
              ? { 'Date received': '2026-13-01' }
              : {};
      rows.push(row(100_000 + index, bad));
    }
    const preview = (await uploadSheet(client, 'big.csv', csvFile(rows), `?siteId=${site.id}`)).json();
    expect(preview.counts).toEqual({ create: 9997, update: 0, unchanged: 0, error: 3 });
    expect(preview.errors.map((error: { row: number; column: string }) => [error.row, error.column])).toEqual([
      [18, 'Summary'],
      [5001, 'Module'],
      [10_000, 'Date received'],
    ]);
    const page = (await client.get(`/api/register/imports/${preview.id}/rows?action=error`)).json();
    expect(page.total).toBe(3);
    expect((await client.post(`/api/register/imports/${preview.id}/confirm`)).statusCode).toBe(409);
    expect(await requestCount()).toBe(2);
  });

  it('uses a formula’s saved value with a notice, and refuses a formula with none', async () => {
    const withValue = await xlsxFile([
      HEADER,
      row(20, {}).map((value, index) => (index === 8 ? { formula: 'CONCAT("Printer ","jam")', result: 'Printer jam' } : value)),
    ]);
    const preview = (await uploadSheet(client, 'formula.xlsx', withValue, `?siteId=${site.id}`)).json();
    expect(preview.counts.create).toBe(1);
    expect(preview.notices).toContainEqual({
      row: 2,
      column: 'Summary',
      message: expect.stringMatching(/is a formula .*its saved value was used/),
    });
    const rows = (await client.get(`/api/register/imports/${preview.id}/rows`)).json();
    expect(rows.items[0].summary).toBe('Printer jam');

    const noValue = await xlsxFile([HEADER, row(21, {}).map((value, index) => (index === 8 ? { formula: 'A1&B1' } : value))]);
    const refused = (await uploadSheet(client, 'formula.xlsx', noValue, `?siteId=${site.id}`)).json();
    expect(refused.errors).toEqual([
      { row: 2, column: 'Summary', message: expect.stringMatching(/is a formula \(=A1&B1\) with no saved value/) },
    ]);
    const csvFormula = (
      await uploadSheet(
        client,
        'formula.csv',
        csvFile([HEADER, row(22, { Summary: '=HYPERLINK("http://x")' })]),
        `?siteId=${site.id}`,
      )
    ).json();
    expect(csvFormula.errors[0]).toMatchObject({
      row: 2,
      column: 'Summary',
      message: expect.stringMatching(/with no saved value/),
    });
  });

  it('refuses a file over the size cap with the limit in the message, and writes nothing', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 'a');
    const response = await uploadSheet(client, 'huge.csv', big, `?siteId=${site.id}`);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ errors: [{ field: 'file', message: 'is larger than 5 MB' }] });
    expect(await requestCount()).toBe(2);
  });

  it('refuses a PDF or a text file renamed .xlsx, and a ZIP that is no workbook', async () => {
    const pdf = await uploadSheet(
      client,
      'register.xlsx',
      Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'),
      `?siteId=${site.id}`,
    );
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().errors[0].message).toBe('is named .xlsx but is not an Excel workbook (it is a PDF document)');
    const text = await uploadSheet(client, 'register.xlsx', Buffer.from('Summary,Row ID\nx,1\n'), `?siteId=${site.id}`);
    expect(text.json().errors[0].message).toMatch(/it looks like text: name it \.csv/);
    const zip = Buffer.from('504b0304140000000000000000000000000000000000000000000000000000', 'hex');
    const archive = await uploadSheet(client, 'register.xlsx', zip, `?siteId=${site.id}`);
    expect(archive.statusCode).toBe(415);
    expect(archive.json().errors[0].message).toMatch(/not a readable Excel workbook/);
    expect(await requestCount()).toBe(2);
  });

  it('reads UTF-8 with a BOM, Windows-1252 and semicolons with localised headers alike', async () => {
    const french = ['ID de ligne', 'Résumé', 'Urgence', 'Catégorie', 'Module', 'Demandeur'];
    const values = ['30', 'Écran figé à la synchronisation', 'Élevée', 'Synchronisation', 'CPIMS+', 'Agnès Côté'];
    values[2] = 'Haute';
    const text = `${french.join(';')}\r\n${values.join(';')}\r\n`;
    const encodings = {
      bom: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      utf8: Buffer.from(text, 'utf8'),
      cp1252: Buffer.from(text, 'latin1'),
    };
    for (const [name, bytes] of Object.entries(encodings)) {
      const preview = (await uploadSheet(client, `fr-${name}.csv`, bytes, `?siteId=${site.id}`)).json();
      expect(preview.counts, name).toEqual({ create: 1, update: 0, unchanged: 0, error: 0 });
      const rows = (await client.get(`/api/register/imports/${preview.id}/rows`)).json();
      expect(rows.items[0].summary, name).toBe('Écran figé à la synchronisation');
    }
  });

  it('queues one apply job however often it is confirmed, and writes nothing until that job runs', async () => {
    const before = await requestCount();
    const preview = (await uploadSheet(client, 'twice.csv', csvFile([HEADER, row(45)]), `?siteId=${site.id}`)).json();
    const first = await client.post(`/api/register/imports/${preview.id}/confirm`);
    const second = await client.post(`/api/register/imports/${preview.id}/confirm`);
    expect([first.statusCode, second.statusCode]).toEqual([202, 202]);
    expect((await client.get(`/api/register/imports/${preview.id}`)).json().status).toBe('applying');
    expect(await requestCount()).toBe(before);
    const queued = await t.db.select().from(jobs).where(sql`${jobs.payload}->>'importId' = ${preview.id}`);
    expect(queued.map((job) => job.name)).toEqual(['register.apply-import']);
    expect((await confirmAndApply(t, client, preview.id)).upload.status).toBe('applied');
    expect(await requestCount()).toBe(before + 1);
  });

  it('gives the import only to its uploader', async () => {
    const preview = (await uploadSheet(client, 'mine.csv', csvFile([HEADER, row(40)]), `?siteId=${site.id}`)).json();
    const colleague = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
    const other = await t.login(colleague.email, colleague.password);
    expect((await other.get(`/api/register/imports/${preview.id}`)).statusCode).toBe(404);
    expect((await other.post(`/api/register/imports/${preview.id}/confirm`)).statusCode).toBe(404);
  });
});

describe('[SHEETS]: what follows an imported row', () => {
  it('queues each created row’s duplicate check and SLA check, and flags a row that repeats an existing request', async () => {
    const kenema = await buildSite(t.db, { code: 'KEN', name: 'Kenema', timeZone: 'Africa/Freetown' });
    const admin = await buildUser(t.db, 'site_admin', { siteIds: [kenema.id] });
    const kenemaClient = await t.login(admin.email, admin.password);
    // Logged by phone two days before the sheet says the same person called again.
    const byPhone = await createRequest({
      db: t.db,
      actor: admin,
      input: {
        siteId: kenema.id,
        module: 'cp',
        channel: 'phone',
        category: 'sync',
        summary: 'Tablet sync fails at forty percent',
        reporterName: 'Mariama B.',
        reporterContact: '078 555 010',
      },
      now: new Date('2026-03-03T10:00:00Z'),
    });
    const file = csvFile([
      HEADER,
      row(1, { Summary: 'Tablet sync fails at 40 percent', Contact: '+232 78 555 010' }),
      row(2, { Summary: 'Printer jams on the consent form', Reporter: 'Sahr K.', Contact: 'sahr.k@example.org' }),
    ]);
    const preview = (await uploadSheet(kenemaClient, 'kenema.csv', file, `?siteId=${kenema.id}`)).json();
    expect((await confirmAndApply(t, kenemaClient, preview.id)).upload.status).toBe('applied');
    const imported = await t.db
      .select()
      .from(helpRequests)
      .where(and(eq(helpRequests.siteId, kenema.id), sql`${helpRequests.source}->>'via' = 'spreadsheet'`))
      .orderBy(helpRequests.number);
    // Numbered after the phone request, formatted like a request logged one by one.
    expect(imported.map((request) => request.reference)).toEqual(['KEN-0002', 'KEN-0003']);

    const queued = await t.db
      .select({ name: jobs.name, requestId: sql<string>`${jobs.payload}->>'requestId'` })
      .from(jobs)
      .where(
        inArray(
          sql`${jobs.payload}->>'requestId'`,
          imported.map((request) => request.id),
        ),
      );
    for (const request of imported) {
      const names = queued.filter((job) => job.requestId === request.id).map((job) => job.name);
      expect(names, request.reference).toContain(DETECT_DUPLICATES_JOB);
      // Received weeks ago and never answered: its SLA check is due now.
      expect(names, request.reference).toContain(SLA_CHECK_JOB);
    }

    await runDueJobs(t.db, consolidationJobHandlers({ db: t.db, config: t.config }));
    const pairs = await t.db.select().from(duplicateCandidates);
    const repeated = imported[0];
    expect(
      pairs.filter((pair) => [pair.requestAId, pair.requestBId].includes(repeated.id)).map((pair) => pair.matchedOn),
    ).toEqual(['phone']);
    const flagged = (await kenemaClient.get(`/api/requests/${repeated.id}/duplicates`)).json().items;
    expect(flagged.map((pair: { b: { id: string } }) => pair.b.id)).toEqual([byPhone.id]);
    expect(pairs.some((pair) => [pair.requestAId, pair.requestBId].includes(imported[1].id))).toBe(false);
  });
});
