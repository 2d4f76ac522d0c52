import { eq } from 'drizzle-orm';
import type { ImapFlow } from 'imapflow';
import { mailboxes } from '../../db/schema/index.ts';
import { describeImapFailure } from './describe-imap-failure.ts';
import { createImapClient } from './imap-connection.ts';
import type { MailboxRow } from './import-inbound-mail.ts';
import { mailboxImapSettings } from './mailbox-settings.ts';
import { type PollDeps, pollOpenMailbox } from './poll-mailbox.ts';

export type MailboxPollerOptions = PollDeps & {
  /** How often to look without IDLE (and at most how long one IDLE lasts). */
  pollIntervalMs?: number;
  /** How often the list of mailboxes is read again, to follow admins' changes. */
  refreshIntervalMs?: number;
  onError?: (error: unknown, mailboxId: string) => void;
};

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

/** Waits for new mail: IDLE when the server has it (new mail ends the wait), else the poll interval. */
async function waitForMail(client: ImapFlow, ms: number, signal: AbortSignal) {
  if (!client.capabilities.has('IDLE')) return sleep(ms, signal);
  let onExists = () => {};
  const arrived = new Promise<void>((resolve) => {
    onExists = resolve;
    client.once('exists', onExists);
  });
  // A wait of its own, ended when this one ends, so no timer or listener outlives it.
  const wait = new AbortController();
  const endWait = () => wait.abort();
  signal.addEventListener('abort', endWait, { once: true });
  const idling = client.idle().catch(() => undefined);
  await Promise.race([arrived, sleep(ms, wait.signal), idling]);
  wait.abort();
  signal.removeEventListener('abort', endWait);
  client.off('exists', onExists);
}

async function recordState(deps: PollDeps, mailboxId: string, lastError: string | null) {
  await deps.db.update(mailboxes).set({ lastCheckedAt: new Date(), lastError }).where(eq(mailboxes.id, mailboxId));
}

/** One mailbox, until `signal` aborts: connect, import, wait (IDLE or poll), repeat; reconnect with backoff. */
async function runMailbox(options: MailboxPollerOptions, mailbox: MailboxRow, signal: AbortSignal) {
  const pollMs = options.pollIntervalMs ?? 60_000;
  let backoffMs = 5_000;
  while (!signal.aborted) {
    let client: ImapFlow | null = null;
    let closeOnAbort = () => {};
    try {
      const settings = await mailboxImapSettings(options.db, options.config, mailbox);
      if (!settings) {
        await recordState(options, mailbox.id, 'No readable password is stored for this mailbox');
        await sleep(pollMs * 5, signal);
        continue;
      }
      const connected = createImapClient(settings);
      client = connected;
      connected.on('error', (error) => options.onError?.(error, mailbox.id));
      await connected.connect();
      closeOnAbort = () => connected.close();
      signal.addEventListener('abort', closeOnAbort, { once: true });
      while (!signal.aborted && connected.usable) {
        await pollOpenMailbox(connected, options, mailbox);
        await recordState(options, mailbox.id, null);
        backoffMs = 5_000;
        const lock = await connected.getMailboxLock(mailbox.folder);
        try {
          await waitForMail(connected, pollMs, signal);
        } finally {
          lock.release();
        }
      }
    } catch (error) {
      if (signal.aborted) break;
      options.onError?.(error, mailbox.id);
      const failure = describeImapFailure(error, { host: mailbox.host, port: mailbox.port, folder: mailbox.folder });
      await recordState(options, mailbox.id, failure.message).catch(() => undefined);
      await sleep(backoffMs, signal);
      backoffMs = Math.min(backoffMs * 2, 10 * 60_000);
    } finally {
      signal.removeEventListener('abort', closeOnAbort);
      await client?.logout().catch(() => client?.close());
    }
  }
}

/**
 * Reads every active mailbox in the background, one loop each, and follows admins' changes (a
 * changed mailbox restarts, a removed one stops). Nothing a mailbox holds can stop the others.
 */
export function startMailboxPollers(options: MailboxPollerOptions): { stop: () => Promise<void> } {
  const running = new Map<string, { version: number; controller: AbortController; done: Promise<void> }>();
  const stopping = new AbortController();
  const refresh = async () => {
    const rows = await options.db.select().from(mailboxes).where(eq(mailboxes.isActive, true));
    const wanted = new Map(rows.map((row) => [row.id, row]));
    for (const [id, loop] of running) {
      const row = wanted.get(id);
      if (row && row.updatedAt.getTime() === loop.version) continue;
      loop.controller.abort();
      running.delete(id);
    }
    for (const row of rows) {
      if (running.has(row.id)) continue;
      const controller = new AbortController();
      const done = runMailbox(options, row, controller.signal).catch((error) => options.onError?.(error, row.id));
      running.set(row.id, { version: row.updatedAt.getTime(), controller, done });
    }
  };
  const supervisor = (async () => {
    while (!stopping.signal.aborted) {
      await refresh().catch((error) => options.onError?.(error, ''));
      await sleep(options.refreshIntervalMs ?? 30_000, stopping.signal);
    }
  })();
  return {
    stop: async () => {
      stopping.abort();
      await supervisor;
      for (const loop of running.values()) loop.controller.abort();
      await Promise.all([...running.values()].map((loop) => loop.done));
    },
  };
}
