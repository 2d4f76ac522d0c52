import { useCallback, useState } from 'react';
import type { SearchType } from '../../api/search-types.ts';

export type SuggestionOpen = { type: SearchType; id: string; openedAt: string };

/** The API takes at most this many opens per request. */
const MAX_OPENS = 50;

/** The suggestions opened while one request is written: each once, with the time it was first opened. */
export function useSuggestionOpens() {
  const [opens, setOpens] = useState<SuggestionOpen[]>([]);

  const remember = useCallback((type: SearchType, id: string) => {
    setOpens((current) => {
      if (current.length >= MAX_OPENS || current.some((open) => open.type === type && open.id === id)) return current;
      return [...current, { type, id, openedAt: new Date().toISOString() }];
    });
  }, []);
  const clear = useCallback(() => setOpens([]), []);

  return { opens, remember, clear };
}

export type SuggestionOpens = ReturnType<typeof useSuggestionOpens>;
