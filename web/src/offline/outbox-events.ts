import { OUTBOX_CHANNEL } from './cache-names.ts';

type Listener = () => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

function openChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  if (!channel) {
    channel = new BroadcastChannel(OUTBOX_CHANNEL);
    channel.onmessage = () => {
      for (const listener of listeners) listener();
    };
  }
  return channel;
}

/** Calls `listener` whenever the outbox changes here, in another tab or in the service worker. */
export function onOutboxChanged(listener: Listener): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells this context and every other one that the outbox changed. */
export function announceOutboxChanged() {
  openChannel()?.postMessage('changed');
  for (const listener of listeners) listener();
}
