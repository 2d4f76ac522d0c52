import { useCallback, useRef, useState } from 'react';

type Outcome<R> = { ok: true; value: R } | { ok: false };
type Action<A extends unknown[], R> = {
  run: (...args: A) => Promise<Outcome<R>>;
  isPending: boolean;
  error: unknown;
  clearError: () => void;
};

/** Wraps one mutation: tracks pending state, keeps the last error, ignores double submits. */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>): Action<A, R> {
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const pending = useRef(false);
  const latest = useRef(action);
  latest.current = action;

  const run = useCallback(async (...args: A): Promise<Outcome<R>> => {
    if (pending.current) return { ok: false };
    pending.current = true;
    setIsPending(true);
    setError(null);
    try {
      return { ok: true, value: await latest.current(...args) };
    } catch (caught) {
      setError(caught);
      return { ok: false };
    } finally {
      pending.current = false;
      setIsPending(false);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { run, isPending, error, clearError };
}
