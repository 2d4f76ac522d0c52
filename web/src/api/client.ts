import { ApiError } from './api-error.ts';
import type { TProblem } from './types.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type RequestOptions = { signal?: AbortSignal };
export type QueryValue = string | number | boolean | null | undefined;

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Every non-GET request carries this token; it comes with the login and /api/me answers. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called when a request other than the session check answers 401 (the session ended). */
export function setUnauthorizedHandler(handler: (() => void) | null) {
  onUnauthorized = handler;
}

export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isProblem(value: unknown): value is TProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { title?: unknown }).title === 'string' &&
    typeof (value as { status?: unknown }).status === 'number'
  );
}

async function readProblem(response: Response): Promise<TProblem> {
  const fallback: TProblem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  try {
    const body: unknown = await response.json();
    return isProblem(body) ? { ...body, status: response.status } : fallback;
  } catch {
    return fallback;
  }
}

async function send<T>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ type: 'network-error', title: 'Network error', status: 0 });
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    // Auth endpoints answer 401 for a wrong password too, which must not end the session.
    const isAuthCall = path === '/api/me' || path.startsWith('/api/auth/');
    if (response.status === 401 && !isAuthCall) onUnauthorized?.();
    throw new ApiError(problem);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => send<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => send<T>('POST', path, body ?? {}, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => send<T>('PATCH', path, body, options),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => send<T>('PUT', path, body, options),
  delete: <T>(path: string, options?: RequestOptions) => send<T>('DELETE', path, undefined, options),
  /** multipart/form-data upload of one file in the field `file`. */
  upload: <T>(path: string, file: File, options?: RequestOptions) => {
    const form = new FormData();
    form.append('file', file);
    return send<T>('POST', path, form, options);
  },
};
