import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TSheetFormat } from '../../shared/register-schemas.ts';
import { AppError } from '../errors.ts';
import { decodeTextFile } from './decode-text-file.ts';
import { detectDelimiter, parseCsv } from './parse-csv.ts';
import { csvCell, type SheetRow, xlsxCell } from './sheet-cell.ts';

/** Rows of the file's first sheet, header included, numbered as a spreadsheet shows them. */
export async function* readSheetRows(format: TSheetFormat, bytes: Buffer): AsyncGenerator<SheetRow> {
  if (format === 'csv') {
    const { text } = decodeTextFile(bytes);
    let row = 0;
    for (const fields of parseCsv(text, detectDelimiter(text))) {
      row += 1;
      yield { row, cells: fields.map(csvCell) };
    }
    return;
  }
  yield* readXlsxRows(bytes);
}

async function* readXlsxRows(bytes: Buffer): AsyncGenerator<SheetRow> {
  // Streamed, so a big workbook never sits in memory as a whole object model.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let hasSheet = false;
  try {
    for await (const worksheet of reader) {
      hasSheet = true;
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as unknown[];
        yield { row: row.number, cells: values.slice(1).map(xlsxCell) };
      }
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('unsupported_media_type', 'This file cannot be imported: it is not a readable Excel workbook', {
      errors: [{ field: 'file', message: 'is a ZIP archive but not a readable Excel workbook (.xlsx)' }],
    });
  }
  if (!hasSheet) {
    throw new AppError('unsupported_media_type', 'This file cannot be imported: the workbook has no sheet', {
      errors: [{ field: 'file', message: 'is not an Excel workbook with a sheet' }],
    });
  }
}
