import { eq } from 'drizzle-orm';
import {
  type TMailboxConnectionResult,
  type TMailboxConnectionTest,
  ZMailboxConnectionTest,
} from '../../../shared/inbound-mail-schemas.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { mailboxes } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { describeImapFailure } from './describe-imap-failure.ts';
import { createImapClient } from './imap-connection.ts';
import { mailboxImapSettings } from './mailbox-settings.ts';

async function storedPassword(
  db: Database,
  config: Pick<Config, 'secretKey'>,
  mailboxId: string | undefined,
): Promise<string | null> {
  if (!mailboxId) return null;
  const [mailbox] = await db.select().from(mailboxes).where(eq(mailboxes.id, mailboxId));
  if (!mailbox) throw notFound('No such mailbox');
  return (await mailboxImapSettings(db, config, mailbox))?.password ?? null;
}

/**
 * "Test connection": connects, signs in and opens the folder with the given settings (the stored
 * password of `mailboxId` when none is typed), and says exactly which step failed: the host name
 * (DNS), the port (refused, timeout), TLS, the login, or the folder.
 */
export async function testMailboxConnection(options: {
  db: Database;
  config: Pick<Config, 'secretKey'>;
  input: TMailboxConnectionTest;
  timeoutMs?: number;
}): Promise<TMailboxConnectionResult> {
  const input = ZMailboxConnectionTest.parse(options.input);
  const password = input.password ?? (await storedPassword(options.db, options.config, input.mailboxId));
  if (password === null) {
    if (input.mailboxId)
      return {
        isOk: false,
        code: 'password_unreadable',
        message: 'The stored password cannot be read (was SECRET_KEY changed?); type it again',
        messageCount: null,
      };
    throw new AppError('invalid', 'A password is needed to test the connection', {
      errors: [{ field: 'password', message: 'is required' }],
    });
  }
  const client = createImapClient({ ...input, password }, { timeoutMs: options.timeoutMs ?? 10_000 });
  // A failing connection also emits 'error'; the awaited call below reports it.
  client.on('error', () => {});
  const where = { host: input.host, port: input.port, folder: input.folder };
  try {
    await client.connect();
    const status = await client.status(input.folder, { messages: true });
    if (!status)
      return {
        isOk: false,
        code: 'folder',
        message: `The folder “${input.folder}” does not exist in this mailbox`,
        messageCount: null,
      };
    return {
      isOk: true,
      code: null,
      message: `Connected; “${input.folder}” holds ${status.messages ?? 0} messages`,
      messageCount: status.messages ?? 0,
    };
  } catch (error) {
    const failure = describeImapFailure(error, where);
    return { isOk: false, code: failure.code, message: failure.message, messageCount: null };
  } finally {
    await client.logout().catch(() => client.close());
  }
}
