import { useCallback, useEffect, useState } from 'react';
import { api, withQuery } from '../../api/client.ts';
import type { EmailStatus, TOutboundEmailSummary, TOutboxList } from '../../api/mail-types.ts';
import { useApiData } from '../../api/use-api-data.ts';

const PAGE_SIZE = 50;

/** The outbox, newest first: the first page of one status (or all), and more pages on demand. */
export function useOutboxList(status: EmailStatus | '') {
  const first = useApiData<TOutboxList>(withQuery('/api/outbox', { status, limit: PAGE_SIZE }));
  const [more, setMore] = useState<TOutboxList | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [isLoadingMore, setIsLoadingMore] = useState(false);

  // A new first page (another status, a reload) starts the list over.
  useEffect(() => {
    void first.data;
    setMore(null);
  }, [first.data]);

  const items: TOutboundEmailSummary[] = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    setIsLoadingMore(true);
    setMoreError(null);
    try {
      const page = await api.get<TOutboxList>(withQuery('/api/outbox', { status, limit: PAGE_SIZE, cursor: nextCursor }));
      setMore((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setIsLoadingMore(false);
    }
  }, [nextCursor, status]);

  return {
    items,
    nextCursor,
    isLoading: first.isLoading,
    isLoadingMore,
    error: first.error ?? moreError,
    reload: first.reload,
    loadMore,
  };
}
