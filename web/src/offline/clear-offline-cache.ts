import { API_CACHE } from './cache-names.ts';

/**
 * Forgets the API answers kept for offline use, at sign-in and sign-out, so the next person on a
 * shared device never sees the last one's register. Queued changes stay, filed under their owner.
 */
export async function clearOfflineCache(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await caches.delete(API_CACHE).catch(() => false);
}
