import type { TOfflineChange } from '../../../shared/sync-schemas.ts';
import { OUTBOX_SYNC_TAG } from './cache-names.ts';
import { listOutbox, type OutboxItem, offlineDb } from './outbox-db.ts';
import { announceOutboxChanged } from './outbox-events.ts';

type SyncManagerLike = { register: (tag: string) => Promise<void> };

/** Keeps a change on this device until the server confirms it; asks for Background Sync where the browser has it. */
export async function queueChange(userId: string, change: TOfflineChange, display: OutboxItem['display']): Promise<void> {
  const db = await offlineDb();
  await db.put('outbox', {
    clientId: change.clientId,
    userId,
    queuedAt: performance.timeOrigin + performance.now(),
    createdAt: new Date().toISOString(),
    change,
    display,
    state: 'pending',
  });
  announceOutboxChanged();
  await requestBackgroundSync();
}

async function requestBackgroundSync() {
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    const sync = (registration as (ServiceWorkerRegistration & { sync?: SyncManagerLike }) | undefined)?.sync;
    await sync?.register(OUTBOX_SYNC_TAG);
  } catch {
    // No Background Sync here: the `online` event and the next load send the outbox instead.
  }
}

/** Drops a change the server refused, once its owner has read why; a request goes with its comments and changes. */
export async function discardChange(userId: string, clientId: string): Promise<void> {
  const db = await offlineDb();
  const item = await db.get('outbox', clientId);
  if (item?.userId !== userId) return;
  const dependents =
    item.change.kind === 'create_request'
      ? (await listOutbox(userId)).filter(
          (other) => other.change.kind !== 'create_request' && other.change.requestId === clientId,
        )
      : [];
  const tx = db.transaction('outbox', 'readwrite');
  for (const doomed of [item, ...dependents]) await tx.store.delete(doomed.clientId);
  await tx.done;
  announceOutboxChanged();
}

export async function dismissNotice(userId: string, clientId: string): Promise<void> {
  const db = await offlineDb();
  const notice = await db.get('notices', clientId);
  if (notice?.userId !== userId) return;
  await db.delete('notices', clientId);
  announceOutboxChanged();
}
