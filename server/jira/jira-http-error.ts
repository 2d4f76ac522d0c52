/** Jira answered with an error status (or did not answer): what happened and when to come back. */
export class JiraHttpError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when Jira could not be reached or timed out. */
    readonly status: number,
    /** From Retry-After or X-RateLimit-Reset, when Jira said. */
    readonly retryAt: Date | null = null,
  ) {
    super(message);
  }

  /** 401, 403 and 404: a wrong token, a missing permission or project; retrying cannot help. */
  get isRefusal() {
    return this.status === 401 || this.status === 403 || this.status === 404;
  }

  get isThrottled() {
    return this.status === 429 || this.status === 503;
  }
}

/** Retry-After (seconds or an HTTP date), else X-RateLimit-Reset (an ISO timestamp on Jira Cloud). */
export function retryAtFrom(headers: Headers, now = new Date()): Date | null {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return new Date(now.getTime() + seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return new Date(date);
  }
  const reset = headers.get('x-ratelimit-reset');
  if (reset) {
    const date = Date.parse(reset);
    if (!Number.isNaN(date)) return new Date(date);
  }
  return null;
}
