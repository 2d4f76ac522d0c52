import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { sites } from '../../db/schema/index.ts';
import { AppError, type FieldError } from '../../errors.ts';

/** Every site a mailbox names (its own, its rules') must exist; each unknown one is a field error. */
export async function checkMailboxSites(db: DbOrTx, input: { siteId?: string | null; siteRules?: { siteId: string }[] }) {
  const wanted = [input.siteId, ...(input.siteRules ?? []).map((rule) => rule.siteId)].filter((id): id is string => Boolean(id));
  if (wanted.length === 0) return;
  const known = new Set((await db.select({ id: sites.id }).from(sites).where(inArray(sites.id, wanted))).map((row) => row.id));
  const errors: FieldError[] = [];
  if (input.siteId && !known.has(input.siteId)) errors.push({ field: 'siteId', message: 'is not a site' });
  (input.siteRules ?? []).forEach((rule, index) => {
    if (!known.has(rule.siteId)) errors.push({ field: `siteRules.${index}.siteId`, message: 'is not a site' });
  });
  if (errors.length > 0) throw new AppError('invalid', 'The mailbox names a site that does not exist', { errors });
}
