import type {
  TConsolidatedCounts,
  TConsolidatedList,
  TDuplicatePair,
  TDuplicatePairList,
} from '../../../../shared/consolidation-schemas.ts';
import { api } from '../../api/client.ts';
import type { THelpRequest } from '../../api/types.ts';

export type { TConsolidatedCounts, TConsolidatedList, TDuplicatePair, TDuplicatePairList };

export const dismissPair = (pairId: string) => api.post<{ status: 'dismissed' }>(`/api/duplicates/${pairId}/dismiss`, {});

/** Keeps `survivorId`; `duplicateId` is closed as merged into it. */
export const mergeInto = (survivorId: string, duplicateId: string) =>
  api.post<THelpRequest>(`/api/requests/${survivorId}/merge`, { duplicateRequestId: duplicateId });
