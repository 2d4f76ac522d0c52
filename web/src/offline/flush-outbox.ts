import type { TSyncRequest, TSyncResponse } from '../../../shared/sync-schemas.ts';
import { listOutbox, offlineDb } from './outbox-db.ts';
import { announceOutboxChanged } from './outbox-events.ts';

const BATCH = 50;

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

async function flushUnlocked(options: { userId: string; send: (body: TSyncRequest) => Promise<TSyncResponse> }) {
  const pending = (await listOutbox(options.userId)).filter((item) => item.state === 'pending');
  let sent = 0;
  for (let start = 0; start < pending.length; start += BATCH) {
    const batch = pending.slice(start, start + BATCH);
    const { results } = await options.send({ device: deviceLabel(), changes: batch.map((item) => item.change) });
    const db = await offlineDb();
    const tx = db.transaction(['outbox', 'notices'], 'readwrite');
    for (const result of results) {
      const item = batch.find((candidate) => candidate.clientId === result.clientId);
      if (!item) continue;
      if (result.outcome === 'rejected') {
        await tx.objectStore('outbox').put({ ...item, state: 'rejected', problem: result.problem });
        continue;
      }
      await tx.objectStore('outbox').delete(item.clientId);
      sent += 1;
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
  return { sent };
}
