import { useEffect, useState } from 'react';
import { api, withQuery } from './client.ts';
import type { TSuggestionsResponse } from './search-types.ts';

export const SUGGESTION_MIN_LENGTH = 3;
const DEBOUNCE_MS = 300;

type SuggestionsInput = { summary: string; module: string; siteId: string };
type Suggestions = {
  /** The answer for the current summary (or the previous one while the next loads); none under three characters. */
  data: TSuggestionsResponse | undefined;
  error: unknown;
  isLoading: boolean;
};

/**
 * Suggestions for a request summary being typed: debounced, and each new query aborts the
 * one before, so an older answer never replaces a newer one.
 */
export function useSuggestions({ summary, module, siteId }: SuggestionsInput): Suggestions {
  const q = summary.trim();
  const isActive = q.length >= SUGGESTION_MIN_LENGTH;
  const path = isActive ? withQuery('/api/search/suggestions', { q, module, siteId }) : null;
  const [data, setData] = useState<TSuggestionsResponse | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [isLoading, setIsLoading] = useState(false);

  useEffect(() => {
    if (path === null) {
      setData(undefined);
      setError(null);
      setIsLoading(false);
      return;
    }
    const controller = new AbortController();
    setIsLoading(true);
    const timer = window.setTimeout(() => {
      api
        .get<TSuggestionsResponse>(path, { signal: controller.signal })
        .then((result) => {
          if (controller.signal.aborted) return;
          setData(result);
          setError(null);
        })
        .catch((caught: unknown) => {
          if (!controller.signal.aborted) setError(caught);
        })
        .finally(() => {
          if (!controller.signal.aborted) setIsLoading(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [path]);

  return { data: isActive ? data : undefined, error: isActive ? error : null, isLoading: isActive && isLoading };
}
