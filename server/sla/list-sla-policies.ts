import { asc } from 'drizzle-orm';
import type { TSlaPolicy } from '../../shared/sla-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { slaPolicies } from '../db/schema/index.ts';
import { DEFAULT_SLA_POLICIES } from './default-sla.ts';
import { presentPolicy } from './sla-settings.ts';

/** Every urgency × level pair: the saved targets, or the defaults where none were saved. */
export async function listSlaPolicies(options: { db: DbOrTx }): Promise<TSlaPolicy[]> {
  const rows = await options.db.select().from(slaPolicies).orderBy(asc(slaPolicies.urgency));
  const saved = new Map(rows.map((row) => [`${row.urgency}:${row.level}`, presentPolicy(row)]));
  return DEFAULT_SLA_POLICIES.map((policy) => saved.get(`${policy.urgency}:${policy.level}`) ?? policy);
}
