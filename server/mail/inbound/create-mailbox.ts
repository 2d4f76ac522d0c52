import { type TMailbox, type TMailboxInput, ZMailboxInput } from '../../../shared/inbound-mail-schemas.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { mailboxes } from '../../db/schema/index.ts';
import { loadSecretKey } from '../secret-key.ts';
import { checkMailboxSites } from './check-mailbox-sites.ts';
import { encryptMailboxPassword } from './mailbox-password.ts';
import { presentMailbox } from './present-mailbox.ts';

export async function createMailbox(options: {
  db: Database;
  config: Pick<Config, 'secretKey'>;
  input: TMailboxInput;
}): Promise<TMailbox> {
  const { db } = options;
  const { password, ...input } = ZMailboxInput.parse(options.input);
  return db.transaction(async (tx) => {
    await checkMailboxSites(tx, input);
    const passwordEncrypted = password ? encryptMailboxPassword(await loadSecretKey(tx, options.config), password) : null;
    const [row] = await tx
      .insert(mailboxes)
      .values({ ...input, passwordEncrypted })
      .returning();
    return presentMailbox(row);
  });
}
