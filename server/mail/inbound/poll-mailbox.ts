import type { ImapFlow } from 'imapflow';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import type { AttachmentStore } from '../../requests/attachment-storage.ts';
import { type IntakeOutcome, importInboundMail, type MailboxRow } from './import-inbound-mail.ts';

/** Larger messages are read up to this size; the rest is noted as lost on the request. */
export const MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

export type PollDeps = {
  db: Database;
  store: AttachmentStore;
  config: Pick<Config, 'publicUrl' | 'port' | 'maxAttachmentBytes' | 'secretKey'>;
};

export type PollReport = { outcomes: IntakeOutcome[]; failures: number };

/**
 * Imports every unseen message of the open folder, oldest first, and flags each `\Seen` only after
 * its record is committed. A message that fails to import stays unseen and is tried again on the
 * next round; the others go on.
 */
export async function importUnseenMessages(client: ImapFlow, deps: PollDeps, mailbox: MailboxRow): Promise<PollReport> {
  const report: PollReport = { outcomes: [], failures: 0 };
  const uids = (await client.search({ seen: false }, { uid: true })) || [];
  for (const uid of uids.sort((a, b) => a - b)) {
    const message = await client.fetchOne(String(uid), { size: true, source: { maxLength: MAX_MESSAGE_BYTES } }, { uid: true });
    const source = message ? message.source : undefined;
    if (!message || !source) continue;
    try {
      const result = await importInboundMail({
        db: deps.db,
        store: deps.store,
        config: deps.config,
        mailbox,
        raw: source,
        isTruncated: (message.size ?? 0) > source.length,
      });
      report.outcomes.push(result.outcome);
    } catch {
      // The database refused (down, a bug): leave it unseen so the next round retries it.
      report.failures += 1;
      continue;
    }
    await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
  }
  return report;
}

/** Opens the mailbox's folder and imports what is new; the caller owns the connected client. */
export async function pollOpenMailbox(client: ImapFlow, deps: PollDeps, mailbox: MailboxRow): Promise<PollReport> {
  const lock = await client.getMailboxLock(mailbox.folder);
  try {
    return await importUnseenMessages(client, deps, mailbox);
  } finally {
    lock.release();
  }
}
