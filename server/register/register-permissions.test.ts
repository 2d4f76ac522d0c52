import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/constants.ts';
import type { TSite } from '../../shared/schemas.ts';
import { helpRequests } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { canExportRegister, canImportRegisterAt } from '../policies/register-policy.ts';
import { buildRequest, buildSite, buildUser, buildVendorTeam } from '../test/factories.ts';
import { csvFile, readXlsx, uploadSheet } from '../test/sheet-helpers.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

let t: TestApp;
let site: TSite;
let otherSite: TSite;
let siteAdmin: Actor & { password: string };
const clients: Partial<Record<Role, TestClient>> = {};

beforeAll(async () => {
  t = await createTestApp();
  site = await buildSite(t.db, { code: 'SLE', name: 'Sierra Leone', languages: ['fr', 'en'] });
  otherSite = await buildSite(t.db, { code: 'JOR', name: 'Jordan', modules: ['gbv'], languages: ['ar'] });
  const team = await buildVendorTeam(t.db, ['cp']);
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  const people: Record<Role, Actor & { password: string }> = {
    site_admin: siteAdmin,
    coordinator: await buildUser(t.db, 'coordinator', { siteIds: [site.id] }),
    help_desk: await buildUser(t.db, 'help_desk'),
    module_coordinator: await buildUser(t.db, 'module_coordinator', { modules: ['cp'] }),
    vendor: await buildUser(t.db, 'vendor', { vendorTeamId: team.id }),
    reporter: await buildUser(t.db, 'reporter', { siteIds: [site.id] }),
    admin: await buildUser(t.db, 'admin'),
  };
  for (const [role, person] of Object.entries(people)) clients[role as Role] = await t.login(person.email, person.password);
});
afterAll(() => t?.close());

const sheet = (rows: string[][]) => csvFile([['Row ID', 'Site', 'Module', 'Summary'], ...rows]);

describe('[SHEETS]: who may import and export', () => {
  it('matches the policy: who may import at a site, who may export', () => {
    const actor = (role: Role, siteIds: string[] = []): Actor => ({
      id: 'x',
      name: 'x',
      email: 'x',
      role,
      siteIds,
      modules: [],
      vendorTeamId: null,
    });
    const matrix = (
      ['site_admin', 'coordinator', 'help_desk', 'module_coordinator', 'vendor', 'reporter', 'admin'] as Role[]
    ).map((role) => [
      role,
      canImportRegisterAt(actor(role, ['a']), { id: 'a' }),
      canImportRegisterAt(actor(role, ['a']), { id: 'b' }),
      canExportRegister(actor(role, ['a'])),
    ]);
    expect(matrix).toEqual([
      ['site_admin', true, false, true],
      ['coordinator', true, false, true],
      ['help_desk', true, true, true],
      ['module_coordinator', false, false, true],
      ['vendor', false, false, false],
      ['reporter', false, false, false],
      ['admin', true, true, true],
    ]);
  });

  it('enforces it on every route', async () => {
    const template = `/api/register/sites/${site.id}/template`;
    const statuses = async (role: Role) => {
      const client = clients[role] as TestClient;
      return [
        (await client.get(template)).statusCode,
        (await client.get(`/api/register/sites/${otherSite.id}/template`)).statusCode,
        (await uploadSheet(client, 'x.csv', sheet([['1', '', 'cp', 'A']]), `?siteId=${site.id}`)).statusCode,
        (await client.get('/api/register/export?format=csv')).statusCode,
      ];
    };
    expect(await statuses('site_admin')).toEqual([200, 403, 201, 200]);
    expect(await statuses('coordinator')).toEqual([200, 403, 201, 200]);
    expect(await statuses('help_desk')).toEqual([200, 200, 201, 200]);
    expect(await statuses('module_coordinator')).toEqual([403, 403, 403, 200]);
    expect(await statuses('vendor')).toEqual([403, 403, 403, 403]);
    expect(await statuses('reporter')).toEqual([403, 403, 403, 403]);
    expect(await statuses('admin')).toEqual([200, 200, 201, 200]);
  });

  it('turns rows for a site the uploader may not import at into row errors', async () => {
    const preview = (
      await uploadSheet(
        clients.site_admin as TestClient,
        'x.csv',
        sheet([
          ['1', 'SLE', 'cp', 'Ours'],
          ['2', 'JOR', 'gbv', 'Theirs'],
        ]),
      )
    ).json();
    expect(preview.errors).toEqual([{ row: 3, column: 'Site', message: 'you may not import requests for Jordan (JOR)' }]);
  });

  it('lets a site admin change only the level-1 requests they work', async () => {
    const request = await buildRequest(t.db, siteAdmin, { siteId: site.id, summary: 'Escalated one' });
    await t.db.update(helpRequests).set({ level: 2, status: 'escalated' }).where(eq(helpRequests.id, request.id));
    const file = csvFile([
      ['Reference', 'Summary'],
      [request.reference, 'Escalated one, edited'],
    ]);
    const preview = (await uploadSheet(clients.site_admin as TestClient, 'x.csv', file)).json();
    expect(preview.errors).toEqual([{ row: 2, column: 'Summary', message: `you may not edit ${request.reference} (level 2)` }]);
    const byCoordinator = (await uploadSheet(clients.coordinator as TestClient, 'x.csv', file)).json();
    expect(byCoordinator.counts.update).toBe(1);
    const hidden = (await uploadSheet(clients.reporter as TestClient, 'x.csv', file)).statusCode;
    expect(hidden).toBe(403);
  });
});

describe('[SHEETS]: the template', () => {
  it('is an XLSX in the site’s language, with its lists as dropdowns and the instructions', async () => {
    const response = await (clients.site_admin as TestClient).get(`/api/register/sites/${site.id}/template`);
    expect(response.headers['content-disposition']).toMatch(/register-SLE-template\.xlsx/);
    const { workbook, rows } = await readXlsx(response.rawPayload);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Registre', 'visible'],
      ['Instructions', 'visible'],
      ['Listes', 'hidden'],
    ]);
    expect(rows[0]).toContain('ID de ligne');
    expect(rows[0]).toContain('Résumé');
    const lists = workbook.getWorksheet('Listes');
    const column = (header: string) => {
      const values: unknown[] = [];
      lists?.getRow(1).eachCell((cell, index) => {
        if (cell.value === header) lists.getColumn(index).eachCell((entry) => values.push(entry.value));
      });
      return values.slice(1).filter((value) => value !== null);
    };
    expect(column('Module')).toEqual(['CPIMS+', 'GBVIMS+']);
    expect(column('Urgence')).toEqual(['Critique', 'Haute', 'Normale', 'Basse']);
    expect(column('Site')).toEqual(['SLE']);
    const register = workbook.getWorksheet('Registre');
    const moduleColumn = (rows[0] as string[]).indexOf('Module') + 1;
    const validation = register?.getRow(2).getCell(moduleColumn).dataValidation;
    expect(validation).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^'Listes'!\$[A-Z]\$2:\$[A-Z]\$3$/)] });
    const instructions: string[] = [];
    workbook.getWorksheet('Instructions')?.eachRow((row) => instructions.push(String(row.getCell(1).value)));
    expect(instructions[0]).toBe('Registre des demandes d’assistance — Sierra Leone');
    expect(instructions.join(' ')).toMatch(/ID de ligne : donnez à chaque nouvelle ligne/);
  });

  it('is a CSV header row with a BOM, in Arabic for Jordan, that imports as an empty sheet', async () => {
    const response = await (clients.help_desk as TestClient).get(
      `/api/register/sites/${otherSite.id}/template?format=csv&delimiter=semicolon`,
    );
    const body = response.rawPayload;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8').slice(1)).toMatch(/^المرجع;معرّف الصف;الموقع;/);
    const preview = (await uploadSheet(clients.help_desk as TestClient, 'template.csv', body, `?siteId=${otherSite.id}`)).json();
    expect(preview).toMatchObject({
      status: 'ready',
      counts: { create: 0, update: 0, unchanged: 0, error: 0 },
      canConfirm: false,
    });
  });
});
