import type { TSyncRequest, TSyncResponse } from '../../../shared/sync-schemas.ts';
import { listOutbox, type OutboxItem, offlineDb } from './outbox-db.ts';
import { announceOutboxChanged } from './outbox-events.ts';

const BATCH = 50;
/** How long a sent request's "not yet sent" page still leads to it. */
const SENT_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

type LockManagerLike = { request: <T>(name: string, callback: () => Promise<T>) => Promise<T> };

/** "Chromium on Linux": which device logged a request offline, without identifying anyone. */
export function deviceLabel(): string {
  const agent = navigator.userAgent;
  const browser = /Edg\//.test(agent)
    ? 'Edge'
    : /Firefox\//.test(agent)
      ? 'Firefox'
      : /Chrom/.test(agent)
        ? 'Chromium'
        : /Safari\//.test(agent)
          ? 'Safari'
          : 'Browser';
  const system = /Android/.test(agent)
    ? 'Android'
    : /iPhone|iPad/.test(agent)
      ? 'iOS'
      : /Windows/.test(agent)
        ? 'Windows'
        : /Mac OS/.test(agent)
          ? 'macOS'
          : /Linux/.test(agent)
            ? 'Linux'
            : 'unknown system';
  return `${browser} on ${system}`;
}

/**
 * Sends `userId`'s pending changes in the order they were made and files each answer: confirmed
 * ones leave the outbox, conflicts become notices, refused ones stay with the reason. A network
 * failure leaves everything queued for the next try. Sending twice is harmless: the server keys
 * every change on its clientId. The page and the service worker may both flush; a Web Lock keeps
 * them from doing it at the same moment where the browser has one.
 */
export async function flushOutbox(options: { userId: string; send: (body: TSyncRequest) => Promise<TSyncResponse> }) {
  const locks = (navigator as Navigator & { locks?: LockManagerLike }).locks;
  const run = () => flushUnlocked(options);
  return locks ? locks.request(`support-hub-outbox-${options.userId}`, run) : run();
}

/** The request a comment or change is about, when it names one logged on this device (by clientId). */
const targetOf = (item: OutboxItem) => (item.change.kind === 'create_request' ? null : item.change.requestId);

async function flushUnlocked(options: { userId: string; send: (body: TSyncRequest) => Promise<TSyncResponse> }) {
  const items = await listOutbox(options.userId);
  // A comment on a request the server refused waits with it: sending it alone could only fail.
  const refused = new Set(
    items.filter((item) => item.change.kind === 'create_request' && item.state === 'rejected').map((item) => item.clientId),
  );
  const pending = items.filter((item) => item.state === 'pending' && !refused.has(targetOf(item) ?? ''));
  let sent = 0;
  for (let start = 0; start < pending.length; start += BATCH) {
    const batch = pending.slice(start, start + BATCH);
    const { results } = await options.send({ device: deviceLabel(), changes: batch.map((item) => item.change) });
    const db = await offlineDb();
    const tx = db.transaction(['outbox', 'notices', 'sent'], 'readwrite');
    for (const result of results) {
      const item = batch.find((candidate) => candidate.clientId === result.clientId);
      if (!item) continue;
      if (result.outcome === 'rejected') {
        await tx.objectStore('outbox').put({ ...item, state: 'rejected', problem: result.problem });
        continue;
      }
      await tx.objectStore('outbox').delete(item.clientId);
      sent += 1;
      if (item.change.kind === 'create_request' && result.requestId && result.reference) {
        await tx.objectStore('sent').put({
          clientId: item.clientId,
          userId: options.userId,
          requestId: result.requestId,
          reference: result.reference,
          sentAt: new Date().toISOString(),
        });
      }
      if (result.outcome === 'conflict') {
        await tx.objectStore('notices').put({
          clientId: item.clientId,
          userId: options.userId,
          requestId: result.requestId,
          reference: result.reference,
          conflicts: result.conflicts,
          createdAt: new Date().toISOString(),
        });
      }
    }
    await tx.done;
    announceOutboxChanged();
  }
  if (sent) await forgetOldSentRequests();
  return { sent };
}

async function forgetOldSentRequests() {
  const db = await offlineDb();
  const cutoff = new Date(Date.now() - SENT_KEPT_MS).toISOString();
  for (const sent of await db.getAll('sent')) {
    if (sent.sentAt < cutoff) await db.delete('sent', sent.clientId);
  }
}
