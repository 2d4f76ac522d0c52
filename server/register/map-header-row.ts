import type { TImportProblem } from '../../shared/register-schemas.ts';
import { columnLabel, columnOfHeader, EXPORT_ONLY_COLUMNS, IMPORT_COLUMNS, type ImportColumn } from './register-columns.ts';
import type { SheetCell } from './sheet-cell.ts';

export type HeaderMapping = {
  columns: Partial<Record<ImportColumn, number>>;
  fileErrors: TImportProblem[];
  notices: TImportProblem[];
};

const headerText = (cell: SheetCell | undefined) =>
  cell?.kind === 'text' ? cell.text.trim() : cell?.kind === 'number' ? String(cell.value) : '';

/** Which column holds what, from the header row's names in any of the five languages. */
export function mapHeaderRow(row: number, cells: SheetCell[]): HeaderMapping {
  const columns: Partial<Record<ImportColumn, number>> = {};
  const fileErrors: TImportProblem[] = [];
  const notices: TImportProblem[] = [];
  const exportOnly: readonly string[] = EXPORT_ONLY_COLUMNS;
  for (let index = 0; index < cells.length; index += 1) {
    const header = headerText(cells[index]);
    if (!header) continue;
    const column = columnOfHeader(header);
    if (!column) {
      notices.push({ row, column: header, message: 'is not a column Support Hub knows; it is ignored' });
    } else if (exportOnly.includes(column)) {
      notices.push({ row, column: header, message: 'is for information only; imports ignore it' });
    } else if (columns[column as ImportColumn] !== undefined) {
      fileErrors.push({ row, column: header, message: `appears twice (it is the ${columnLabel(column)} column)` });
    } else {
      columns[column as ImportColumn] = index;
    }
  }
  if (columns.summary === undefined) {
    const expected = IMPORT_COLUMNS.map((column) => columnLabel(column)).join(', ');
    fileErrors.push({
      row,
      column: columnLabel('summary'),
      message: `is missing: the first row must name the columns (${expected}); download the template to start from one`,
    });
  }
  if (columns.reference === undefined && columns.rowId === undefined) {
    fileErrors.push({
      row,
      column: columnLabel('rowId'),
      message: `is missing: a sheet needs a ${columnLabel('rowId')} or ${columnLabel('reference')} column so that importing it again updates rows instead of adding them twice`,
    });
  }
  return { columns, fileErrors, notices };
}
