import { useCallback, useEffect, useState } from 'react';
import { api } from './client.ts';

type ApiData<T> = {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  reload: () => void;
  setData: (data: T) => void;
};

/** GETs `path` (skipped while it is null), again whenever it changes or `reload` is called. */
export function useApiData<T>(path: string | null): ApiData<T> {
  // Data remembers its path, so a new path never shows the previous path's answer.
  const [loaded, setLoaded] = useState<{ path: string; data: T } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isLoading, setIsLoading] = useState(path !== null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (path === null) {
      setIsLoading(false);
      return;
    }
    // `version` makes `reload` refetch the same path.
    void version;
    const controller = new AbortController();
    setIsLoading(true);
    setError(null);
    api
      .get<T>(path, { signal: controller.signal })
      .then((result) => {
        setLoaded({ path, data: result });
        setError(null);
      })
      .catch((caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(caught);
      })
      .finally(() => {
        if (!controller.signal.aborted) setIsLoading(false);
      });
    return () => controller.abort();
  }, [path, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  const setData = useCallback(
    (next: T) => {
      if (path !== null) setLoaded({ path, data: next });
    },
    [path],
  );
  const data = loaded && loaded.path === path ? loaded.data : undefined;
  return { data, error, isLoading, reload, setData };
}
