import { api } from '../../../api/client.ts';
import type { THelpRequest, TUpdateHelpRequest } from '../../../api/types.ts';

export const patchRequest = (id: string, body: TUpdateHelpRequest) => api.patch<THelpRequest>(`/api/requests/${id}`, body);
