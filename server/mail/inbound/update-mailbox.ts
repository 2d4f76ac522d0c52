import { eq } from 'drizzle-orm';
import { type TMailbox, type TMailboxUpdate, ZMailboxUpdate } from '../../../shared/inbound-mail-schemas.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { mailboxes } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { isUuid } from '../is-uuid.ts';
import { loadSecretKey } from '../secret-key.ts';
import { checkMailboxSites } from './check-mailbox-sites.ts';
import { encryptMailboxPassword } from './mailbox-password.ts';
import { presentMailbox } from './present-mailbox.ts';

/** Changes the given fields; a new password replaces the stored one, none keeps it. */
export async function updateMailbox(options: {
  db: Database;
  config: Pick<Config, 'secretKey'>;
  id: string;
  input: TMailboxUpdate;
  now?: Date;
}): Promise<TMailbox> {
  const { db } = options;
  const { password, ...input } = ZMailboxUpdate.parse(options.input);
  if (!isUuid(options.id)) throw notFound('No such mailbox');
  return db.transaction(async (tx) => {
    await checkMailboxSites(tx, input);
    const passwordEncrypted = password ? encryptMailboxPassword(await loadSecretKey(tx, options.config), password) : undefined;
    const [row] = await tx
      .update(mailboxes)
      // New settings deserve a fresh check: the last error was about the old ones.
      .set({
        ...input,
        ...(passwordEncrypted ? { passwordEncrypted } : {}),
        lastError: null,
        updatedAt: options.now ?? new Date(),
      })
      .where(eq(mailboxes.id, options.id))
      .returning();
    if (!row) throw notFound('No such mailbox');
    return presentMailbox(row);
  });
}
