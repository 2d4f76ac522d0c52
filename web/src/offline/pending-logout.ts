import { offlineDb } from './outbox-db.ts';

const KEY = 'logoutPending';

/**
 * Signing out offline cannot reach the server: the flag makes the next load end that session
 * first, and keeps the service worker from sending anything with it meanwhile.
 */
export async function markPendingLogout(): Promise<void> {
  await (await offlineDb()).put('meta', true, KEY).catch(() => undefined);
}

export async function hasPendingLogout(): Promise<boolean> {
  try {
    return (await (await offlineDb()).get('meta', KEY)) === true;
  } catch {
    return false;
  }
}

export async function clearPendingLogout(): Promise<void> {
  await (await offlineDb()).delete('meta', KEY).catch(() => undefined);
}
