/** One spreadsheet cell as the importer sees it, whatever the file format. */
export type SheetCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: Date }
  | { kind: 'formula'; formula: string; cached: SheetCell | null }
  | { kind: 'error'; text: string };

export type SheetRow = { row: number; cells: SheetCell[] };

export const EMPTY_CELL: SheetCell = { kind: 'empty' };

const NEUTRALISED = /^'[=+\-@\t\r]/;

/**
 * A CSV field as a cell. Our exports put `'` before text that a spreadsheet would run as a formula;
 * that mark is taken off again. A field that still starts with `=` is a formula with no saved value.
 */
export function csvCell(text: string): SheetCell {
  if (text.trim() === '') return EMPTY_CELL;
  if (NEUTRALISED.test(text)) return { kind: 'text', text: text.slice(1) };
  if (text.startsWith('=')) return { kind: 'formula', formula: text, cached: null };
  return { kind: 'text', text };
}

/** An exceljs cell value as a cell; formulas keep their cached result when the file has one. */
export function xlsxCell(value: unknown): SheetCell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? EMPTY_CELL : { kind: 'date', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (typeof value === 'string') return csvCell(value);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('formula' in object || 'sharedFormula' in object) {
      const formula = String(object.formula ?? object.sharedFormula ?? '');
      const result = object.result;
      const cached = result === undefined || result === null ? null : xlsxCell(result);
      return { kind: 'formula', formula: `=${formula}`, cached };
    }
    if (Array.isArray(object.richText)) {
      return csvCell((object.richText as { text?: string }[]).map((part) => part.text ?? '').join(''));
    }
    if ('error' in object) return { kind: 'error', text: String(object.error) };
    if ('text' in object) return csvCell(String(object.text));
  }
  return { kind: 'text', text: String(value) };
}
