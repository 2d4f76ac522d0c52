import { PassThrough } from 'node:stream';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { SheetLanguage, TExportQuery } from '../../shared/register-schemas.ts';
import type { Database } from '../db/client.ts';
import { registerExports } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { countExportRows, exportCondition, exportRows } from './export-rows.ts';
import { csvText, EXPORT_COLUMNS, exportValues } from './export-values.ts';
import { neutraliseCell } from './neutralise-cell.ts';
import { columnLabel } from './register-columns.ts';
import { toCsvLine } from './write-csv.ts';

export type ExportStream = { stream: PassThrough; rowsTotal: number; done: Promise<void> };

/**
 * Streams the register as XLSX or CSV while it is read a page at a time, and records who exported
 * what and how far it has got in register_exports (the page polls that for progress).
 */
export async function streamExport(options: {
  db: Database;
  actor: Actor;
  query: TExportQuery;
  exportId: string;
  language: SheetLanguage;
}): Promise<ExportStream> {
  const { db, actor, query, language } = options;
  const where = exportCondition(actor, query);
  const rowsTotal = await countExportRows(db, where);
  const { exportId: _id, format, delimiter, ...filters } = query;
  await db
    .insert(registerExports)
    .values({ id: options.exportId, createdById: actor.id, format, filters: { ...filters, language, delimiter }, rowsTotal })
    .onConflictDoNothing();
  const stream = new PassThrough();
  const headers = EXPORT_COLUMNS.map((column) => columnLabel(column, language));

  const write = async () => {
    let rowsDone = 0;
    const progress = async (status: 'running' | 'done') =>
      db
        .update(registerExports)
        .set({ rowsDone, status, ...(status === 'done' ? { finishedAt: new Date() } : {}) })
        .where(eq(registerExports.id, options.exportId));
    if (format === 'csv') {
      const separator = delimiter === 'semicolon' ? ';' : ',';
      await writeChunk(stream, `\uFEFF${toCsvLine(headers, separator)}`);
      for await (const page of exportRows(db, where)) {
        const text = page.map((row) => toCsvLine(exportValues(row, language).map(csvText), separator)).join('');
        await writeChunk(stream, text);
        rowsDone += page.length;
        await progress('running');
      }
      stream.end();
    } else {
      // Streamed workbook: each row is committed (written out) as soon as it is added.
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
      const sheet = workbook.addWorksheet('Register', {
        views: [{ state: 'frozen', ySplit: 1, rightToLeft: language === 'ar' }],
      });
      sheet.columns = EXPORT_COLUMNS.map((column) => ({
        key: column,
        width: column === 'summary' || column === 'description' ? 40 : 16,
        ...(column === 'date' || column === 'updatedAt' ? { style: { numFmt: 'yyyy-mm-dd hh:mm' } } : {}),
      }));
      sheet.addRow(headers).commit();
      for await (const page of exportRows(db, where)) {
        for (const row of page) {
          const values = exportValues(row, language).map((value) => (typeof value === 'string' ? neutraliseCell(value) : value));
          sheet.addRow(values).commit();
        }
        rowsDone += page.length;
        await progress('running');
      }
      sheet.commit();
      await workbook.commit();
    }
    await progress('done');
  };
  const done = write().catch(async (error: unknown) => {
    await db
      .update(registerExports)
      .set({ status: 'failed', finishedAt: new Date() })
      .where(eq(registerExports.id, options.exportId));
    stream.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return { stream, rowsTotal, done };
}

/** Waits for the reader when the buffer is full, so a slow download never piles the register up in memory. */
function writeChunk(stream: PassThrough, chunk: string): Promise<void> {
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (error: Error) => {
      stream.off('drain', onDrain);
      reject(error);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}
