import { useCallback } from 'react';
import type { THelpRequest, TTimelineEvent } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';

/** A request (by id or reference) and its timeline, reloaded together after every action. */
export function useRequest(ref: string) {
  const request = useApiData<THelpRequest>(`/api/requests/${encodeURIComponent(ref)}`);
  const id = request.data?.id;
  const timeline = useApiData<{ events: TTimelineEvent[] }>(id ? `/api/requests/${id}/timeline` : null);
  const { reload: reloadRequest, setData: setRequest } = request;
  const { reload: reloadTimeline } = timeline;

  /** Shows `updated` at once (when the action returned it) and refetches both. */
  const refresh = useCallback(
    (updated?: THelpRequest) => {
      if (updated) setRequest(updated);
      reloadRequest();
      reloadTimeline();
    },
    [reloadRequest, reloadTimeline, setRequest],
  );

  return { request, timeline, refresh };
}
