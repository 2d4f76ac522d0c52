import { neutraliseCell } from './neutralise-cell.ts';

const needsQuotes = (text: string, delimiter: string) =>
  text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');

/** One CSV record (RFC 4180, CRLF), every field neutralised against formula injection. */
export function toCsvLine(fields: (string | null | undefined)[], delimiter: ',' | ';'): string {
  return `${fields
    .map((field) => {
      const text = neutraliseCell(field ?? '');
      return needsQuotes(text, delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(delimiter)}\r\n`;
}
