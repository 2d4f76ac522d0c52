import { useCallback, useEffect, useState } from 'react';
import { api } from './client.ts';
import type { TListHelpRequestsResponse } from './types.ts';

type RequestList = {
  list: TListHelpRequestsResponse | undefined;
  error: unknown;
  isLoading: boolean;
  isLoadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
};

/** A paged request list (register or vendor queue); `query` is the URL search string to send. */
export function useRequestList(path: string, query: URLSearchParams): RequestList {
  const search = query.toString();
  const [list, setList] = useState<TListHelpRequestsResponse | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void version;
    const controller = new AbortController();
    setIsLoading(true);
    api
      .get<TListHelpRequestsResponse>(search ? `${path}?${search}` : path, {
        signal: controller.signal,
      })
      .then((result) => {
        setList(result);
        setError(null);
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      })
      .finally(() => {
        if (!controller.signal.aborted) setIsLoading(false);
      });
    return () => controller.abort();
  }, [path, search, version]);

  const loadMore = useCallback(() => {
    const cursor = list?.nextCursor;
    if (!cursor || isLoadingMore) return;
    const params = new URLSearchParams(search);
    params.set('cursor', cursor);
    setIsLoadingMore(true);
    api
      .get<TListHelpRequestsResponse>(`${path}?${params.toString()}`)
      .then((page) => {
        setList((current) => (current ? { ...page, items: [...current.items, ...page.items], pinned: current.pinned } : page));
        setError(null);
      })
      .catch((caught: unknown) => setError(caught))
      .finally(() => setIsLoadingMore(false));
  }, [list?.nextCursor, isLoadingMore, path, search]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { list, error, isLoading, isLoadingMore, loadMore, reload };
}
