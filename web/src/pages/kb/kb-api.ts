import type {
  KbStatus,
  TCreateKbArticle,
  TKbArticle,
  TKbAttachment,
  TRequestKbArticles,
  TTurnIntoArticleRequest,
  TUpdateKbArticle,
} from '../../../../shared/kb-schemas.ts';
import { api } from '../../api/client.ts';

const article = (id: string) => `/api/kb/articles/${encodeURIComponent(id)}`;

/** The knowledge-base endpoints, typed; pages call these rather than writing paths. */
export const kbApi = {
  articlePath: article,
  revisionsPath: (id: string) => `${article(id)}/revisions`,
  diffPath: (id: string, from: number, to: number) => `${article(id)}/diff?from=${from}&to=${to}`,
  requestArticlesPath: (requestId: string) => `/api/requests/${encodeURIComponent(requestId)}/kb-articles`,
  create: (body: TCreateKbArticle) => api.post<TKbArticle>('/api/kb/articles', body),
  update: (id: string, body: TUpdateKbArticle) => api.patch<TKbArticle>(article(id), body),
  setStatus: (id: string, status: KbStatus) =>
    status === 'archived'
      ? api.delete<TKbArticle>(article(id))
      : api.post<TKbArticle>(`${article(id)}/${status === 'published' ? 'publish' : 'unpublish'}`),
  vote: (id: string, helpful: boolean) => api.post<TKbArticle>(`${article(id)}/vote`, { helpful }),
  render: (body: string, signal?: AbortSignal) => api.post<{ html: string }>('/api/kb/render', { body }, { signal }),
  upload: (id: string, file: File) => api.upload<TKbAttachment>(`${article(id)}/attachments`, file),
  turnIntoArticle: (requestId: string, body: TTurnIntoArticleRequest) =>
    api.post<TKbArticle>(`/api/requests/${encodeURIComponent(requestId)}/kb-article`, body),
  link: (articleId: string, requestId: string) => api.post<TRequestKbArticles>(`${article(articleId)}/requests`, { requestId }),
};
