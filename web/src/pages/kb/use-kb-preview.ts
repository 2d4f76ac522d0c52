import { useEffect, useState } from 'react';
import { kbApi } from './kb-api.ts';

const PREVIEW_DELAY_MS = 400;

/** The server's rendering of `body`, refreshed shortly after typing stops. */
export function useKbPreview(body: string) {
  const [html, setHtml] = useState('');
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      kbApi
        .render(body, controller.signal)
        .then((result) => {
          setHtml(result.html);
          setError(null);
        })
        .catch((caught: unknown) => {
          if (!controller.signal.aborted) setError(caught);
        });
    }, PREVIEW_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [body]);
  return { html, error };
}
