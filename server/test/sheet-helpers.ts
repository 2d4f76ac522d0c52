import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import type { TRegisterImport } from '../../shared/register-schemas.ts';
import { registerJobHandlers } from '../register/register-job-handlers.ts';
import { runDueJobs } from './run-due-jobs.ts';
import type { TestApp, TestClient } from './test-app.ts';

/** Uploads a spreadsheet to the register import the way a browser form does. */
export function uploadSheet(client: TestClient, fileName: string, bytes: Buffer, query = ''): Promise<LightMyRequestResponse> {
  return client.request({
    method: 'POST',
    url: `/api/register/imports${query}`,
    headers: { 'content-type': 'multipart/form-data; boundary=sheetboundary' },
    payload: Buffer.concat([
      Buffer.from(`--sheetboundary\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n\r\n`),
      bytes,
      Buffer.from('\r\n--sheetboundary--\r\n'),
    ]),
  });
}

/** A CSV file from rows of fields (quoted where needed), UTF-8 unless told otherwise. */
export function csvFile(rows: string[][], options: { delimiter?: string; bom?: boolean } = {}): Buffer {
  const delimiter = options.delimiter ?? ',';
  const text = rows
    .map((row) => row.map((field) => (/[",;\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(delimiter))
    .join('\r\n');
  return Buffer.concat([options.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(`${text}\r\n`, 'utf8')]);
}

/** An XLSX workbook whose first sheet holds these rows (cells may be exceljs values: dates, formulas). */
export async function xlsxFile(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Register');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of an XLSX file's first sheet as plain values. */
export async function readXlsx(bytes: Buffer): Promise<{ workbook: ExcelJS.Workbook; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { workbook, rows };
}

/**
 * Confirms an import as the page does, then runs its apply job as the worker would, and answers
 * the confirm's status and the import as polled afterwards.
 */
export async function confirmAndApply(t: TestApp, client: TestClient, importId: string) {
  const confirmed = await client.post(`/api/register/imports/${importId}/confirm`);
  await runDueJobs(t.db, registerJobHandlers({ db: t.db, config: t.config }));
  const polled = await client.get(`/api/register/imports/${importId}`);
  return { confirmed, upload: polled.json() as TRegisterImport };
}
