import { useEffect } from 'react';
import type { TSyncRequest, TSyncResponse } from '../../../shared/sync-schemas.ts';
import { api } from '../api/client.ts';
import { useMe } from '../auth/auth-context.tsx';
import { flushOutbox } from './flush-outbox.ts';
import { isBrowserOffline } from './is-network-error.ts';
import { onOutboxChanged } from './outbox-events.ts';

/**
 * Sends the signed-in person's outbox on load, whenever the connection comes back, and when a
 * change is queued while online (the call failed but the network may be fine again).
 */
export function useOutboxSender() {
  const { user } = useMe();
  useEffect(() => {
    let isFlushing = false;
    const flush = async () => {
      if (isFlushing || isBrowserOffline()) return;
      isFlushing = true;
      try {
        await flushOutbox({
          userId: user.id,
          send: (body: TSyncRequest) => api.post<TSyncResponse>('/api/sync', body),
        });
      } catch {
        // Still unreachable: the changes stay queued for the next `online` event or load.
      } finally {
        isFlushing = false;
      }
    };
    void flush();
    window.addEventListener('online', flush);
    const stop = onOutboxChanged(() => void flush());
    return () => {
      window.removeEventListener('online', flush);
      stop();
    };
  }, [user.id]);
}
