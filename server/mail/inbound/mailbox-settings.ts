import type { Config } from '../../config.ts';
import type { DbOrTx } from '../../db/client.ts';
import { loadSecretKey } from '../secret-key.ts';
import type { ImapSettings } from './imap-connection.ts';
import type { MailboxRow } from './import-inbound-mail.ts';
import { decryptMailboxPassword } from './mailbox-password.ts';

const SECURITIES = ['tls', 'starttls', 'none'] as const;

/** The IMAP settings of a stored mailbox, its password decrypted; null when no password can be read. */
export async function mailboxImapSettings(
  db: DbOrTx,
  config: Pick<Config, 'secretKey'>,
  mailbox: MailboxRow,
): Promise<ImapSettings | null> {
  if (!mailbox.passwordEncrypted) return null;
  const password = decryptMailboxPassword(await loadSecretKey(db, config), mailbox.passwordEncrypted);
  if (password === null) return null;
  const security = SECURITIES.find((value) => value === mailbox.security) ?? 'tls';
  return { host: mailbox.host, port: mailbox.port, security, username: mailbox.username, password };
}
