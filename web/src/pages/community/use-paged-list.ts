import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';

type Page<T> = { items: T[]; nextCursor: string | null };

export type PagedList<T> = {
  items: T[] | undefined;
  nextCursor: string | null;
  error: unknown;
  isLoading: boolean;
  isLoadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
  /** Replaces one item in place (after an action returned its new state). */
  update: (match: (item: T) => boolean, next: (item: T) => T) => void;
};

/** A cursor-paged list at `path` with the query `search`; "load more" appends the next page. */
export function usePagedList<T>(path: string, search: string): PagedList<T> {
  const [page, setPage] = useState<Page<T> | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void version;
    const controller = new AbortController();
    setIsLoading(true);
    api
      .get<Page<T>>(search ? `${path}?${search}` : path, { signal: controller.signal })
      .then((result) => {
        setPage(result);
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
    const cursor = page?.nextCursor;
    if (!cursor || isLoadingMore) return;
    const params = new URLSearchParams(search);
    params.set('cursor', cursor);
    setIsLoadingMore(true);
    api
      .get<Page<T>>(`${path}?${params.toString()}`)
      .then((next) => setPage((current) => (current ? { ...next, items: [...current.items, ...next.items] } : next)))
      .catch((caught: unknown) => setError(caught))
      .finally(() => setIsLoadingMore(false));
  }, [page?.nextCursor, isLoadingMore, path, search]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  const update = useCallback((match: (item: T) => boolean, next: (item: T) => T) => {
    setPage((current) =>
      current ? { ...current, items: current.items.map((item) => (match(item) ? next(item) : item)) } : current,
    );
  }, []);

  return {
    items: page?.items,
    nextCursor: page?.nextCursor ?? null,
    error,
    isLoading,
    isLoadingMore,
    loadMore,
    reload,
    update,
  };
}
