import type { SheetLanguage } from '../../shared/register-schemas.ts';
import type { ExportRow } from './export-rows.ts';
import { EXPORT_ONLY_COLUMNS, IMPORT_COLUMNS, type SheetColumn } from './register-columns.ts';
import { type ListField, labelOfListValue } from './register-values.ts';

export const EXPORT_COLUMNS: readonly SheetColumn[] = [...IMPORT_COLUMNS, ...EXPORT_ONLY_COLUMNS];

const stamp = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ');

/** One exported request as cell values: lists as labels in the file's language, dates as Dates. */
export function exportValues(row: ExportRow, language: SheetLanguage): (string | number | Date | null)[] {
  const label = (field: ListField, code: string | null) => (code ? labelOfListValue(field, code, language) : null);
  const byColumn: Record<SheetColumn, string | number | Date | null> = {
    reference: row.reference,
    rowId: row.source.rowId ?? null,
    site: row.siteCode,
    date: row.createdAt,
    reporterName: row.reporterName,
    reporterContact: row.reporterContact,
    channel: label('channel', row.channel),
    module: label('module', row.module),
    category: label('category', row.category),
    urgency: label('urgency', row.urgency),
    summary: row.summary,
    description: row.description,
    status: label('status', row.status),
    resolutionSummary: row.resolutionSummary,
    level: row.level,
    assignee: row.assigneeName,
    updatedAt: row.updatedAt,
    source: [row.source.via, row.source.fileName, row.source.row ? `#${row.source.row}` : null].filter(Boolean).join(' '),
  };
  return EXPORT_COLUMNS.map((column) => byColumn[column]);
}

/** CSV has no date type: dates as `YYYY-MM-DD HH:MM` (UTC), which the importer reads back. */
export const csvText = (value: string | number | Date | null) =>
  value === null ? '' : value instanceof Date ? stamp(value) : String(value);
