import { asc } from 'drizzle-orm';
import type { TMailbox } from '../../../shared/inbound-mail-schemas.ts';
import type { DbOrTx } from '../../db/client.ts';
import { mailboxes } from '../../db/schema/index.ts';
import { presentMailbox } from './present-mailbox.ts';

export async function listMailboxes(options: { db: DbOrTx }): Promise<{ items: TMailbox[] }> {
  const rows = await options.db.select().from(mailboxes).orderBy(asc(mailboxes.name), asc(mailboxes.id));
  return { items: rows.map(presentMailbox) };
}
