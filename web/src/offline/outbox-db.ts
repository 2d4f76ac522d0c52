import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { TOfflineChange, TOfflineConflict, TSyncResult } from '../../../shared/sync-schemas.ts';

/** A change made on this device that the server has not confirmed yet. */
export type OutboxItem = {
  clientId: string;
  /** Whose change it is: every read filters on it, so a shared device never shows one person's queue to another. */
  userId: string;
  /** Sub-millisecond time it was queued; changes are sent in this order. */
  queuedAt: number;
  createdAt: string;
  change: TOfflineChange;
  /** What the interface shows while it waits (the request's reference when known). */
  display: { summary?: string; reference?: string; requestId?: string };
  state: 'pending' | 'rejected';
  problem?: TSyncResult['problem'];
};

/** A conflict the server resolved for the server: shown until the person dismisses it. */
export type OfflineNotice = {
  clientId: string;
  userId: string;
  requestId: string | null;
  reference: string | null;
  conflicts: TOfflineConflict[];
  createdAt: string;
};

/** A request logged on this device that reached the server: where its "not yet sent" page now leads. */
export type SentRequest = { clientId: string; userId: string; requestId: string; reference: string; sentAt: string };

interface OfflineSchema extends DBSchema {
  outbox: { key: string; value: OutboxItem; indexes: { byUser: [string, number] } };
  notices: { key: string; value: OfflineNotice; indexes: { byUser: string } };
  sent: { key: string; value: SentRequest };
  /** Device flags the page and the service worker both read (`logoutPending`). */
  meta: { key: string; value: boolean };
}

let opened: Promise<IDBPDatabase<OfflineSchema>> | null = null;

/** The device's offline database (one for every user; rows carry their userId). */
export function offlineDb(): Promise<IDBPDatabase<OfflineSchema>> {
  opened ??= openDB<OfflineSchema>('support-hub-offline', 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('outbox', { keyPath: 'clientId' }).createIndex('byUser', ['userId', 'queuedAt']);
        db.createObjectStore('notices', { keyPath: 'clientId' }).createIndex('byUser', 'userId');
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) db.createObjectStore('sent', { keyPath: 'clientId' });
    },
  });
  return opened;
}

export async function listOutbox(userId: string): Promise<OutboxItem[]> {
  const db = await offlineDb();
  return db.getAllFromIndex('outbox', 'byUser', IDBKeyRange.bound([userId, 0], [userId, Number.POSITIVE_INFINITY]));
}

export async function listNotices(userId: string): Promise<OfflineNotice[]> {
  const db = await offlineDb();
  const notices = await db.getAllFromIndex('notices', 'byUser', userId);
  return notices.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Where a request logged on this device went once sent, if this device sent it (and it was `userId`'s). */
export async function findSentRequest(userId: string, clientId: string): Promise<SentRequest | null> {
  const db = await offlineDb();
  const sent = await db.get('sent', clientId);
  return sent?.userId === userId ? sent : null;
}
