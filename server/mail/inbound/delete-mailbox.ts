import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { mailboxes } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { isUuid } from '../is-uuid.ts';

/** Removes a mailbox and its record of read messages; the requests it created stay. */
export async function deleteMailbox(options: { db: Database; id: string }): Promise<void> {
  if (!isUuid(options.id)) throw notFound('No such mailbox');
  const deleted = await options.db.delete(mailboxes).where(eq(mailboxes.id, options.id)).returning({ id: mailboxes.id });
  if (deleted.length === 0) throw notFound('No such mailbox');
}
