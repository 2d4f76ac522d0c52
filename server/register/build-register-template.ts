import ExcelJS from 'exceljs';
import { CATEGORIES, CHANNELS, URGENCIES } from '../../shared/constants.ts';
import type { SheetLanguage } from '../../shared/register-schemas.ts';
import type { SiteRow } from './read-row-values.ts';
import { columnLabel, IMPORT_COLUMNS, type ImportColumn } from './register-columns.ts';
import { type ListField, labelOfListValue } from './register-values.ts';
import { TEMPLATE_INSTRUCTIONS } from './template-instructions.ts';
import { toCsvLine } from './write-csv.ts';

/** Rows the dropdowns cover; more rows still import, they just have no dropdown. */
const VALIDATED_ROWS = 5000;
const TEMPLATE_STATUSES = ['new', 'in_progress', 'waiting_on_reporter', 'resolved', 'closed'] as const;

const WIDTHS: Partial<Record<ImportColumn, number>> = {
  summary: 40,
  description: 60,
  resolutionSummary: 40,
  reporterName: 24,
  reporterContact: 24,
  date: 16,
};

/** The site's dropdown choices, as labels in the sheet's language. */
function listsFor(site: SiteRow, language: SheetLanguage): Partial<Record<ImportColumn, string[]>> {
  const labels = (field: ListField, codes: readonly string[]) => codes.map((code) => labelOfListValue(field, code, language));
  return {
    site: [site.code],
    channel: labels(
      'channel',
      CHANNELS.filter((channel) => channel !== 'web' && channel !== 'community'),
    ),
    module: labels('module', site.modules),
    category: labels('category', CATEGORIES),
    urgency: labels('urgency', URGENCIES),
    status: labels('status', TEMPLATE_STATUSES),
  };
}

const columnLetter = (index: number) => {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/** An XLSX template: the register sheet with dropdowns, the instructions, and the hidden lists they read. */
export async function buildXlsxTemplate(site: SiteRow, language: SheetLanguage): Promise<Buffer> {
  const strings = TEMPLATE_INSTRUCTIONS[language];
  const fill = (text: string) => text.replaceAll('{site}', site.name).replaceAll('{code}', site.code);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Support Hub';
  const isRtl = language === 'ar';
  const register = workbook.addWorksheet(strings.sheetNames.register, {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: isRtl }],
  });
  const instructions = workbook.addWorksheet(strings.sheetNames.instructions, { views: [{ rightToLeft: isRtl }] });
  const lists = workbook.addWorksheet(strings.sheetNames.lists, { state: 'hidden' });

  register.columns = IMPORT_COLUMNS.map((column) => ({
    header: columnLabel(column, language),
    key: column,
    width: WIDTHS[column] ?? 14,
  }));
  register.getRow(1).font = { bold: true };
  register.getColumn('date').numFmt = 'yyyy-mm-dd';

  // exceljs has range validations but leaves them out of its types.
  const validations = (register as unknown as { dataValidations: { add: (range: string, rule: ExcelJS.DataValidation) => void } })
    .dataValidations;
  const choices = listsFor(site, language);
  let listColumn = 0;
  for (const column of IMPORT_COLUMNS) {
    const values = choices[column];
    if (!values) continue;
    const letter = columnLetter(listColumn);
    lists.getCell(`${letter}1`).value = columnLabel(column, language);
    values.forEach((value, index) => {
      lists.getCell(`${letter}${index + 2}`).value = value;
    });
    const target = columnLetter(IMPORT_COLUMNS.indexOf(column));
    validations.add(`${target}2:${target}${VALIDATED_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${strings.sheetNames.lists}'!$${letter}$2:$${letter}$${values.length + 1}`],
      showErrorMessage: true,
      errorTitle: columnLabel(column, language),
      error: values.join(', '),
    });
    listColumn += 1;
  }
  const dateColumn = columnLetter(IMPORT_COLUMNS.indexOf('date'));
  validations.add(`${dateColumn}2:${dateColumn}${VALIDATED_ROWS + 1}`, {
    type: 'date',
    operator: 'greaterThan',
    allowBlank: true,
    formulae: [new Date(Date.UTC(2000, 0, 1))],
  });

  instructions.getColumn(1).width = 120;
  instructions.addRow([fill(strings.title)]).font = { bold: true, size: 14 };
  instructions.addRow([]);
  for (const line of strings.lines) instructions.addRow([fill(line)]).alignment = { wrapText: true, vertical: 'top' };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A CSV template: the header row only, UTF-8 with a BOM so Excel reads accents and Arabic. */
export function buildCsvTemplate(language: SheetLanguage, delimiter: ',' | ';'): string {
  return `\uFEFF${toCsvLine(
    IMPORT_COLUMNS.map((column) => columnLabel(column, language)),
    delimiter,
  )}`;
}
