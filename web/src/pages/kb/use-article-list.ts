import { useCallback, useEffect, useState } from 'react';
import type { TListKbArticlesResponse } from '../../../../shared/kb-schemas.ts';
import { api } from '../../api/client.ts';

/** The article list for a query string, with "Load more" following the server's cursor. */
export function useArticleList(search: string) {
  const [list, setList] = useState<TListKbArticlesResponse | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [isLoadingMore, setIsLoadingMore] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    setIsLoading(true);
    api
      .get<TListKbArticlesResponse>(`/api/kb/articles${search ? `?${search}` : ''}`, { signal: controller.signal })
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
  }, [search]);

  const loadMore = useCallback(() => {
    const cursor = list?.nextCursor;
    if (!cursor || isLoadingMore) return;
    const params = new URLSearchParams(search);
    params.set('cursor', cursor);
    setIsLoadingMore(true);
    api
      .get<TListKbArticlesResponse>(`/api/kb/articles?${params.toString()}`)
      .then((page) => setList((current) => (current ? { ...page, items: [...current.items, ...page.items] } : page)))
      .catch((caught: unknown) => setError(caught))
      .finally(() => setIsLoadingMore(false));
  }, [list?.nextCursor, isLoadingMore, search]);

  return { list, error, isLoading, isLoadingMore, loadMore };
}
