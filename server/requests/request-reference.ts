import { type SQL, sql } from 'drizzle-orm';

/**
 * A request's reference, `SLE-0042`: the site's code and its number, zero-padded to at least four
 * digits. The one place references are made, in SQL, because the statement that numbers a request
 * (under the site row's lock) is the one that names it.
 */
export function requestReferenceSql(code: SQL | string, number: SQL | number): SQL {
  return sql`(${code})::text || '-' || lpad((${number})::text, greatest(4, length((${number})::text)), '0')`;
}
