/** Case-, accent- and punctuation-insensitive form of a header or list value, so "Urgência" matches "urgencia". */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
