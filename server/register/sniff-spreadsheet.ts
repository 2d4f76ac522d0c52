import type { TSheetFormat } from '../../shared/register-schemas.ts';
import { AppError } from '../errors.ts';

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

function describeContent(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'a PDF document';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'a PNG image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'a ZIP archive';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'an old Excel 97–2003 (.xls) or Word file';
  const head = bytes.subarray(0, 4096);
  const hasUtf16Bom = startsWith(bytes, [0xff, 0xfe]);
  if (!hasUtf16Bom && head.includes(0)) return 'a binary file';
  return null;
}

const unreadable = (message: string) =>
  new AppError('unsupported_media_type', `This file cannot be imported: ${message}`, { errors: [{ field: 'file', message }] });

/** Which reader a file needs, from its bytes (the name only breaks ties); refuses what is no spreadsheet. */
export function sniffSpreadsheet(fileName: string, bytes: Uint8Array): TSheetFormat {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (bytes.length === 0) throw unreadable('is empty');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  const content = describeContent(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw unreadable('is an old Excel 97–2003 (.xls) file: open it and save it as Excel Workbook (.xlsx) or CSV');
  }
  if (extension === 'xlsx' || extension === 'xlsm') {
    throw unreadable(
      `is named .${extension} but is not an Excel workbook${content ? ` (it is ${content})` : ' (it looks like text: name it .csv)'}`,
    );
  }
  if (content) throw unreadable(`is ${content}, not an Excel workbook (.xlsx) or a CSV file`);
  return 'csv';
}
