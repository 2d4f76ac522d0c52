import type { TProblem } from './types.ts';

/** A failed API call, carrying the server's problem+json (or one made up for network failures). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: TProblem;

  constructor(problem: TProblem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/**
 * Field errors of a failed call keyed by field name. With a prefix (`dossier`), only the errors
 * under it, keyed by what follows (`dossier.browser` → `browser`). Nested paths keep their first
 * segment (`moduleVersions.cp` → `moduleVersions`), so the message lands at the input that owns it.
 */
export function fieldErrorsOf(error: unknown, prefix = ''): Record<string, string> {
  if (!isApiError(error)) return {};
  const result: Record<string, string> = {};
  for (const { field, message } of error.problem.errors ?? []) {
    const path = field.split('.').filter(Boolean);
    if (prefix) {
      if (path[0] !== prefix || path.length < 2) continue;
      path.shift();
    }
    const key = path[0];
    if (!key) continue;
    result[key] = result[key] ? `${result[key]}; ${message}` : message;
  }
  return result;
}
