import { sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { TMatchedOn } from '../../shared/consolidation-schemas.ts';
import { helpRequests } from '../db/schema/index.ts';

/**
 * The reporter keys of a row, as indexed by migration 0009 (`sh_reporter_keys`): written with the
 * same arguments as the index so the GIN index serves the `&&` overlap test.
 */
export function reporterKeysOf(
  table: { siteId: PgColumn; reporterId: PgColumn; reporterName: PgColumn; reporterContact: PgColumn } = helpRequests,
) {
  return sql`sh_reporter_keys(${table.siteId}, ${table.reporterId}, ${table.reporterName}, ${table.reporterContact})`;
}

const STRENGTH: [string, TMatchedOn][] = [
  ['u:', 'account'],
  ['e:', 'email'],
  ['p:', 'phone'],
  ['n:', 'name'],
];

/** The strongest thing two key sets share: the same account beats the same e-mail, phone, then name. */
export function strongestMatch(a: string[], b: string[]): TMatchedOn | null {
  const shared = a.filter((key) => b.includes(key));
  for (const [prefix, matchedOn] of STRENGTH) {
    if (shared.some((key) => key.startsWith(prefix))) return matchedOn;
  }
  return null;
}

/** A PostgreSQL text[] literal, passed as one parameter. */
export function textArrayLiteral(values: string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (match) => `\\${match}`)}"`).join(',')}}`;
}
