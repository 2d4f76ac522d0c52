import { api } from '../../api/client.ts';
import type { SuggestionOpen } from './use-suggestion-opens.ts';

/**
 * Tells the server which suggestions were opened while the request was written (for the
 * deflection rate). Fire and forget: the request is saved either way, but a failure is logged.
 */
export function recordSuggestionOpens(requestId: string, opens: readonly SuggestionOpen[]): void {
  if (!opens.length) return;
  api
    .post<{ recorded: number }>(`/api/requests/${encodeURIComponent(requestId)}/suggestion-opens`, { opens })
    .catch((error: unknown) => {
      console.error('Support Hub: could not record the suggestions opened for request', requestId, error);
    });
}
