import { JiraHttpError, retryAtFrom } from './jira-http-error.ts';
import type { JiraTarget } from './jira-target.ts';

type Body = { json: unknown } | { form: FormData } | undefined;

function authorization(target: JiraTarget): string | null {
  if (!target.apiToken) return null;
  // Cloud: the account e-mail and an API token as Basic; Data Center: a personal access token as Bearer.
  return target.authEmail
    ? `Basic ${Buffer.from(`${target.authEmail}:${target.apiToken}`).toString('base64')}`
    : `Bearer ${target.apiToken}`;
}

function jiraMessages(text: string): string {
  try {
    const parsed = JSON.parse(text) as { errorMessages?: string[]; errors?: Record<string, string>; message?: string };
    const parts = [
      ...(parsed.errorMessages ?? []),
      ...Object.entries(parsed.errors ?? {}).map(([field, message]) => `${field}: ${message}`),
      ...(parsed.message ? [parsed.message] : []),
    ];
    return parts.join('; ');
  } catch {
    return '';
  }
}

/** One call to Jira; a JSON answer parsed, or a JiraHttpError that says what Jira objected to. */
export async function jiraRequest<T>(
  target: JiraTarget,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: Body,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const auth = authorization(target);
  if (auth) headers.authorization = auth;
  let payload: string | FormData | undefined;
  if (body && 'json' in body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body && 'form' in body) {
    // Jira refuses attachment uploads without it (XSRF check).
    headers['x-atlassian-token'] = 'no-check';
    payload = body.form;
  }
  let response: Response;
  try {
    response = await fetch(`${target.baseUrl}${path}`, {
      method,
      headers,
      body: payload,
      signal: AbortSignal.timeout(target.timeoutMs),
      redirect: 'manual',
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'did not answer in time' : 'could not be reached';
    throw new JiraHttpError(`Jira ${reason} (${method} ${path.split('?')[0]})`, 0);
  }
  const text = await response.text();
  if (!response.ok) {
    const detail = jiraMessages(text);
    throw new JiraHttpError(
      `Jira answered ${response.status} to ${method} ${path.split('?')[0]}${detail ? `: ${detail}` : ''}`,
      response.status,
      retryAtFrom(response.headers),
    );
  }
  return (text ? JSON.parse(text) : null) as T;
}
