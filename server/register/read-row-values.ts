import type { TImportProblem, TImportValues } from '../../shared/register-schemas.ts';
import type { sites } from '../db/schema/index.ts';
import { instantInZone, parseDateText, type WallClock, wallClockOfDate, wallClockOfSerial } from './parse-sheet-date.ts';
import { columnLabel, type ImportColumn } from './register-columns.ts';
import { codeOfListValue, type ListField } from './register-values.ts';
import { EMPTY_CELL, type SheetCell } from './sheet-cell.ts';

export type SiteRow = typeof sites.$inferSelect;

export type RowContext = {
  /** Column positions by column. */
  columns: Partial<Record<ImportColumn, number>>;
  sitesByCode: Map<string, SiteRow>;
  defaultSite: SiteRow | null;
  mayImportAt: (site: SiteRow) => boolean;
  now: Date;
};

const TEXT_LIMITS: Partial<Record<ImportColumn, number>> = {
  summary: 200,
  description: 20_000,
  reporterName: 200,
  reporterContact: 200,
  resolutionSummary: 10_000,
  rowId: 100,
  reference: 40,
};

type Reading = { values: TImportValues | null; errors: TImportProblem[]; notices: TImportProblem[] };

/** A data row's cells as request values, with every problem in words (row, column, why). */
export function readRowValues(row: number, cells: SheetCell[], context: RowContext): Reading {
  const errors: TImportProblem[] = [];
  const notices: TImportProblem[] = [];
  const problem = (column: ImportColumn | null, message: string) =>
    errors.push({ row, column: column ? columnLabel(column) : null, message });

  const cellOf = (column: ImportColumn): SheetCell => {
    const index = context.columns[column];
    const cell = index === undefined ? EMPTY_CELL : (cells[index] ?? EMPTY_CELL);
    if (cell.kind !== 'formula') return cell;
    if (cell.cached === null) {
      problem(
        column,
        `is a formula (${cell.formula.slice(0, 60)}) with no saved value: open the file in your spreadsheet program and save it, or paste the values only, then import again`,
      );
      return EMPTY_CELL;
    }
    notices.push({
      row,
      column: columnLabel(column),
      message: `is a formula (${cell.formula.slice(0, 60)}); its saved value was used`,
    });
    return cell.cached;
  };

  const textOf = (column: ImportColumn): string => {
    const cell = cellOf(column);
    let text = '';
    if (cell.kind === 'text') text = cell.text.trim();
    else if (cell.kind === 'number') text = String(cell.value);
    else if (cell.kind === 'date') text = cell.value.toISOString().slice(0, 10);
    else if (cell.kind === 'error') problem(column, `shows the spreadsheet error ${cell.text}`);
    const limit = TEXT_LIMITS[column];
    if (limit && text.length > limit) {
      problem(column, `is ${text.length} characters long; at most ${limit} fit`);
      return text.slice(0, limit);
    }
    return text;
  };

  // A column the file does not have keeps what the request holds; an empty cell clears it.
  const presentText = (column: ImportColumn): string | null => (context.columns[column] === undefined ? null : textOf(column));

  const listOf = <T extends string>(column: ImportColumn & ListField): T | null => {
    const text = textOf(column);
    if (!text) return null;
    const code = codeOfListValue(column, text);
    if (!code) problem(column, `“${text}” is not one of the choices in the list`);
    return code as T | null;
  };

  const reference = textOf('reference').toUpperCase() || null;
  // A reference starts with its site's code, so exported rows need no Site column to find their site.
  const site = readSite(textOf('site') || (context.defaultSite ? '' : (reference?.split('-')[0] ?? '')), context, problem);
  const rowId = textOf('rowId') || null;
  if (!reference && !rowId) {
    problem(
      'rowId',
      'is required when there is no Reference: give each new row a unique id (1, 2, 3…) so importing the sheet again updates it instead of adding it twice',
    );
  }
  const summary = textOf('summary');
  const hasProblem = (column: ImportColumn) => errors.some((error) => error.column === columnLabel(column));
  if (!summary && !hasProblem('summary')) problem('summary', 'is required');
  const module = listOf<TImportValues['module'] & string>('module');
  if (site && module && !site.modules.includes(module)) problem('module', `${module.toUpperCase()} is not used at ${site.name}`);
  const receivedAt = readDate(cellOf('date'), site?.timeZone ?? 'UTC', context.now, (message) => problem('date', message));

  const values: TImportValues | null =
    site && errors.length === 0
      ? {
          siteId: site.id,
          siteCode: site.code,
          reference,
          rowId,
          receivedAt: receivedAt?.toISOString() ?? null,
          reporterName: presentText('reporterName'),
          reporterContact: presentText('reporterContact'),
          channel: listOf('channel'),
          module,
          category: listOf('category'),
          urgency: listOf('urgency'),
          summary,
          description: presentText('description'),
          status: listOf('status'),
          resolutionSummary: textOf('resolutionSummary') || null,
        }
      : null;
  // Reading the optional columns above may have found more problems.
  return { values: errors.length === 0 ? values : null, errors, notices };
}

function readSite(code: string, context: RowContext, problem: (column: ImportColumn, message: string) => void): SiteRow | null {
  const site = code ? context.sitesByCode.get(code.toUpperCase()) : context.defaultSite;
  if (!code && !site) {
    problem('site', 'is required: choose a site for the file, or fill in the site code on each row');
    return null;
  }
  if (!site) {
    problem('site', `no site has the code “${code}”`);
    return null;
  }
  if (!context.mayImportAt(site)) {
    problem('site', `you may not import requests for ${site.name} (${site.code})`);
    return null;
  }
  if (!site.isActive) {
    problem('site', `${site.name} is inactive`);
    return null;
  }
  return site;
}

function readDate(cell: SheetCell, timeZone: string, now: Date, problem: (message: string) => void): Date | null {
  let clock: WallClock | null = null;
  if (cell.kind === 'empty') return null;
  if (cell.kind === 'date') clock = wallClockOfDate(cell.value);
  else if (cell.kind === 'number') clock = wallClockOfSerial(cell.value);
  else if (cell.kind === 'text') clock = parseDateText(cell.text);
  if (!clock) {
    const shown = cell.kind === 'text' ? cell.text : cell.kind === 'number' ? String(cell.value) : '';
    problem(`“${shown}” is not a date: write it as 2026-03-05, 05/03/2026 (day first) or 5 March 2026, or use a date cell`);
    return null;
  }
  if (clock.year < 2000) {
    problem(`${clock.year} is before 2000: check the year`);
    return null;
  }
  const instant = instantInZone(clock, timeZone);
  if (instant.getTime() > now.getTime() + 36 * 3_600_000) {
    problem(`${instant.toISOString().slice(0, 10)} is in the future`);
    return null;
  }
  return instant;
}
