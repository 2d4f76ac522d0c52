import type {
  TCancelNotice,
  TChangeNoticeWindow,
  TIssueNotice,
  TNotice,
  TNoticeBoard,
  TNoticeInboxItem,
  TNoticeReceipt,
  TNoticeSummary,
  TPublicStatus,
  TRelayNotice,
} from '../../../../shared/notice-schemas.ts';
import { api } from '../../api/client.ts';

export const noticePaths = {
  list: '/api/notices',
  inbox: '/api/notices/inbox',
  one: (id: string) => `/api/notices/${id}`,
  board: (id: string) => `/api/notices/${id}/board`,
  receipt: (token: string) => `/api/public/notice-receipt?token=${encodeURIComponent(token)}`,
  status: '/api/public/status',
  calendar: (code: string) => `/api/public/sites/${encodeURIComponent(code)}/maintenance.ics`,
};

export type { TNotice, TNoticeBoard, TNoticeInboxItem, TNoticeReceipt, TNoticeSummary, TPublicStatus };

export const noticesApi = {
  issue: (input: TIssueNotice) => api.post<{ id: string }>(noticePaths.list, input),
  relay: (id: string, input: TRelayNotice) => api.post<{ hop: string; reached: number }>(`${noticePaths.one(id)}/relay`, input),
  acknowledge: (id: string) => api.post<{ acknowledgedAt: string }>(`${noticePaths.one(id)}/acknowledge`),
  changeWindow: (id: string, input: TChangeNoticeWindow) => api.post<{ round: number }>(`${noticePaths.one(id)}/window`, input),
  cancel: (id: string, input: TCancelNotice) => api.post<{ round: number }>(`${noticePaths.one(id)}/cancel`, input),
  acknowledgeReceipt: (token: string) => api.post<TNoticeReceipt>('/api/public/notice-receipt/acknowledge', { token }),
};
