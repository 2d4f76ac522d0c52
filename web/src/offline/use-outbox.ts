import { useCallback, useEffect, useState } from 'react';
import { useMe } from '../auth/auth-context.tsx';
import { listNotices, listOutbox, type OfflineNotice, type OutboxItem } from './outbox-db.ts';
import { onOutboxChanged } from './outbox-events.ts';

/** The signed-in person's unsent changes and conflict notices, kept current across tabs. */
export function useOutbox() {
  const { user } = useMe();
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [notices, setNotices] = useState<OfflineNotice[]>([]);
  const [isLoaded, setIsLoaded] = useState(false);

  const load = useCallback(async () => {
    try {
      const [nextItems, nextNotices] = await Promise.all([listOutbox(user.id), listNotices(user.id)]);
      setItems(nextItems);
      setNotices(nextNotices);
    } catch {
      // No IndexedDB (a private window in some browsers): nothing is queued.
    }
    setIsLoaded(true);
  }, [user.id]);

  useEffect(() => {
    void load();
    return onOutboxChanged(() => void load());
  }, [load]);

  return { items, notices, isLoaded, pending: items.filter((item) => item.state === 'pending') };
}

/** Whether the browser believes it has a connection, updated on `online` / `offline`. */
export function useIsOnline(): boolean {
  const [isOnline, setIsOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setIsOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return isOnline;
}
