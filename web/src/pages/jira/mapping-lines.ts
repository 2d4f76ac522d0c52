/** `key=value` lines (one per mapping) to an object and back, for the small mapping text areas. */
export function parseMappingLines(text: string): Record<string, string> {
  const entries = text
    .split('\n')
    .map((line) => line.split('='))
    .filter((parts) => parts.length >= 2 && parts[0].trim() && parts.slice(1).join('=').trim())
    .map((parts) => [parts[0].trim(), parts.slice(1).join('=').trim()]);
  return Object.fromEntries(entries);
}

export function mappingLines(mapping: Record<string, string | undefined>): string {
  return Object.entries(mapping)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
}
