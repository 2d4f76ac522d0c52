import { jiraRequest } from './jira-request.ts';
import { apiBase, type JiraTarget } from './jira-target.ts';

type Found = { id: string; key: string };

/**
 * The issue already carrying this label, if any: a create that timed out may have succeeded, and
 * this look-up is what keeps the retry from making a second issue.
 */
export async function findIssueByLabel(target: JiraTarget, label: string): Promise<Found | null> {
  const jql = `labels = "${label}" ORDER BY created ASC`;
  if (target.flavour === 'data_center') {
    const result = await jiraRequest<{ issues: Found[] }>(target, 'POST', `${apiBase(target)}/search`, {
      json: { jql, fields: ['summary'], maxResults: 1, startAt: 0 },
    });
    return result.issues[0] ?? null;
  }
  const result = await jiraRequest<{ issues: Found[] }>(target, 'POST', `${apiBase(target)}/search/jql`, {
    json: { jql, fields: ['summary'], maxResults: 1 },
  });
  return result.issues[0] ?? null;
}
