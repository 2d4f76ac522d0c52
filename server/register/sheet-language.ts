import { SHEET_LANGUAGES, type SheetLanguage } from '../../shared/register-schemas.ts';

/** The language asked for, else the site's first language we write sheets in, else English. */
export function sheetLanguage(asked: SheetLanguage | undefined, languages: string[] = []): SheetLanguage {
  if (asked) return asked;
  const known = languages.find((language) => (SHEET_LANGUAGES as readonly string[]).includes(language));
  return (known as SheetLanguage | undefined) ?? 'en';
}

/** `attachment` with an ASCII fallback name and the exact one for browsers that read RFC 5987. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
