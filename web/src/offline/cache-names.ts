/** Cache Storage names shared by the page and the service worker. */
export const SHELL_CACHE_PREFIX = 'support-hub-shell-';
/** The last answers of the API GETs a user made, so the register and opened pages work offline. */
export const API_CACHE = 'support-hub-api';
/** Background Sync tag under which the outbox asks to be sent. */
export const OUTBOX_SYNC_TAG = 'support-hub-outbox';
/** BroadcastChannel every tab and the service worker use to say the outbox changed. */
export const OUTBOX_CHANNEL = 'support-hub-outbox';
