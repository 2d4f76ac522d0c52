const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet would run as a formula (CSV injection) gets a leading `'`, so it shows as
 * typed; the importer takes that mark off again, so a round trip keeps the text exactly.
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
