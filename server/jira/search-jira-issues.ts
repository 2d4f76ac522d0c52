import { jiraRequest } from './jira-request.ts';
import { apiBase, type JiraTarget } from './jira-target.ts';

export type FoundIssue = { id: string; key: string; fields: Record<string, unknown> };

/**
 * Every issue a JQL finds, page by page: `nextPageToken` on Cloud (`/search/jql`), `startAt` on
 * Data Center (`/search`).
 */
export async function searchJiraIssues(target: JiraTarget, options: { jql: string; fields: string[]; pageSize?: number }) {
  const issues: FoundIssue[] = [];
  const maxResults = options.pageSize ?? 50;
  if (target.flavour === 'data_center') {
    for (let startAt = 0; ; ) {
      const page = await jiraRequest<{ issues: FoundIssue[]; total: number }>(target, 'POST', `${apiBase(target)}/search`, {
        json: { jql: options.jql, fields: options.fields, startAt, maxResults },
      });
      issues.push(...page.issues);
      startAt += page.issues.length;
      if (page.issues.length === 0 || startAt >= page.total) return issues;
    }
  }
  let nextPageToken: string | undefined;
  do {
    const page: { issues: FoundIssue[]; nextPageToken?: string | null } = await jiraRequest(
      target,
      'POST',
      `${apiBase(target)}/search/jql`,
      {
        json: { jql: options.jql, fields: options.fields, maxResults, ...(nextPageToken ? { nextPageToken } : {}) },
      },
    );
    issues.push(...page.issues);
    nextPageToken = page.nextPageToken ?? undefined;
  } while (nextPageToken);
  return issues;
}
