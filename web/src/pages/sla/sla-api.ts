import type {
  TBusinessCalendarInput,
  TRequestSla,
  TSiteCalendar,
  TSlaPolicies,
  TSlaPolicy,
  TSlaReport,
} from '../../../../shared/sla-schemas.ts';
import { api } from '../../api/client.ts';
import type { THelpRequest, TUser } from '../../api/types.ts';

export const slaApi = {
  requestSlaPath: (id: string) => `/api/requests/${encodeURIComponent(id)}/sla`,
  acknowledge: (id: string) => api.post<THelpRequest>(`/api/requests/${encodeURIComponent(id)}/acknowledge`),
  policiesPath: '/api/sla/policies',
  savePolicies: (policies: TSlaPolicy[]) => api.put<TSlaPolicies>('/api/sla/policies', { policies }),
  calendarsPath: '/api/sla/calendars',
  saveCalendar: (siteId: string, input: TBusinessCalendarInput) => api.put<TSiteCalendar>(`/api/sites/${siteId}/calendar`, input),
  reportPath: '/api/sla/report',
  setOnDuty: (isOnDuty: boolean) => api.put<TUser>('/api/me/on-duty', { isOnDuty }),
};

export type { TRequestSla, TSiteCalendar, TSlaPolicies, TSlaPolicy, TSlaReport };
