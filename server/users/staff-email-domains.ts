import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { users } from '../db/schema/index.ts';

/** Webmail domains are never treated as staff: a child's carer may use them as well. */
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.fr',
  'hotmail.com',
  'outlook.com',
  'live.com',
]);

/** Domains of active staff and vendor accounts: their addresses are work contacts, not case data. */
export async function staffEmailDomains(db: DbOrTx): Promise<string[]> {
  const domain = sql<string>`lower(split_part(${users.email}, '@', 2))`;
  const rows = await db
    .selectDistinct({ domain })
    .from(users)
    .where(and(ne(users.role, 'reporter'), eq(users.isActive, true)))
    .orderBy(domain);
  return rows.map((row) => row.domain).filter((value) => value && !PUBLIC_MAIL_DOMAINS.has(value));
}
