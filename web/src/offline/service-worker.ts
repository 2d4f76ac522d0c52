/**
 * The service worker, built to /sw.js by web/service-worker-plugin.ts. It keeps the app shell
 * (every built file) so the app opens with no connection, answers API GETs from the network and
 * falls back to their last answer, and sends the outbox when Background Sync says the
 * connection is back.
 */
import type { TMe } from '../../../shared/schemas.ts';
import { API_CACHE, OUTBOX_SYNC_TAG, SHELL_CACHE_PREFIX } from './cache-names.ts';
import { flushOutbox } from './flush-outbox.ts';
import { hasPendingLogout } from './pending-logout.ts';

declare const __PRECACHE__: string[];
declare const __BUILD_ID__: string;

// The DOM library has no service-worker types; these are the few members used here.
type ExtendableEvent = Event & { waitUntil: (promise: Promise<unknown>) => void };
type FetchEvent = ExtendableEvent & { request: Request; respondWith: (response: Promise<Response>) => void };
type SyncEvent = ExtendableEvent & { tag: string };
type WorkerScope = {
  location: Location;
  skipWaiting: () => Promise<void>;
  clients: { claim: () => Promise<void> };
  addEventListener: ((type: 'install' | 'activate', listener: (event: ExtendableEvent) => void) => void) &
    ((type: 'fetch', listener: (event: FetchEvent) => void) => void) &
    ((type: 'sync', listener: (event: SyncEvent) => void) => void);
};

const worker = self as unknown as WorkerScope;
const SHELL_CACHE = `${SHELL_CACHE_PREFIX}${__BUILD_ID__}`;
const MAX_API_ENTRIES = 300;

/** API answers not worth keeping offline: downloads, sign-in, one-off links, the admin outbox. */
const UNCACHED_API = [/\/attachments\//, /^\/api\/auth\//, /^\/api\/unsubscribe/, /^\/api\/openapi\.json/, /^\/api\/outbox/];

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(__PRECACHE__))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(SHELL_CACHE_PREFIX) && name !== SHELL_CACHE).map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
  if (url.pathname.startsWith('/api/')) {
    if (UNCACHED_API.some((pattern) => pattern.test(url.pathname))) return;
    event.respondWith(networkFirst(request));
  } else if (request.mode === 'navigate') {
    // Every page path is the single-page app: offline, the cached index.html serves them all.
    event.respondWith(fetch(request).catch(() => shellFile('/index.html')));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

worker.addEventListener('sync', (event) => {
  if (event.tag === OUTBOX_SYNC_TAG) event.waitUntil(flushFromWorker());
});

async function shellFile(path: string): Promise<Response> {
  return (await caches.match(path, { cacheName: SHELL_CACHE })) ?? Response.error();
}

async function cacheFirst(request: Request): Promise<Response> {
  const hit = await caches.match(request, { cacheName: SHELL_CACHE });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(SHELL_CACHE)).put(request, response.clone());
  return response;
}

async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(API_CACHE);
  let response: Response;
  try {
    response = await fetch(request);
  } catch {
    return (await cache.match(request)) ?? Response.error();
  }
  if (response.ok && response.headers.get('content-type')?.includes('application/json')) {
    await cache.put(request, response.clone());
    await trim(cache);
  } else if (response.status === 401 || response.status === 403 || response.status === 404) {
    await cache.delete(request);
  }
  return response;
}

async function trim(cache: Cache) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_API_ENTRIES)).map((key) => cache.delete(key)));
}

/** Background Sync fired: send the signed-in person's outbox, even with no tab open. */
async function flushFromWorker() {
  // Signed out offline: that session must not be used; the next sign-in sends the outbox.
  if (await hasPendingLogout()) return;
  const meResponse = await fetch('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!meResponse.ok) return;
  const me = (await meResponse.json()) as TMe;
  await flushOutbox({
    userId: me.user.id,
    send: async (body) => {
      const response = await fetch('/api/sync', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`The sync answered ${response.status}`);
      return response.json();
    },
  });
}
