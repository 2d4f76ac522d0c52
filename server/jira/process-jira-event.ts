import { z } from 'zod';
import type { JiraIssueState } from './apply-jira-issue-state.ts';
import { applyJiraIssueState } from './apply-jira-issue-state.ts';
import { findLinkedRequest } from './find-linked-request.ts';
import { DEFAULT_JIRA_TIMEOUT_MS, type JiraDeps } from './jira-deps.ts';
import { jiraRequest } from './jira-request.ts';
import { apiBase } from './jira-target.ts';
import { loadJiraConnection } from './load-jira-connection.ts';
import { recordJiraFailure } from './record-jira-failure.ts';
import { syncJiraComment } from './sync-jira-comment.ts';

/** What a webhook delivery leaves for the job: identifiers only; every content is fetched again. */
export const ZJiraEventPayload = z.object({
  vendorTeamId: z.string(),
  event: z.enum(['comment_created', 'comment_updated', 'comment_deleted', 'jira:issue_updated']),
  issueId: z.string().nullable(),
  issueKey: z.string().nullable(),
  commentId: z.string().nullable(),
});
export type TJiraEventPayload = z.infer<typeof ZJiraEventPayload>;

/** The `jira.process-event` job: one webhook delivery, applied from what Jira says now. */
export async function processJiraEvent(deps: JiraDeps, payload: TJiraEventPayload): Promise<string> {
  const { db, config } = deps;
  const connection = await loadJiraConnection(db, {
    config,
    vendorTeamId: payload.vendorTeamId,
    timeoutMs: deps.timeoutMs ?? DEFAULT_JIRA_TIMEOUT_MS,
  });
  if (!connection?.row.isEnabled) return 'no_connection';
  const link = await findLinkedRequest(db, payload);
  if (!link?.issueKey) return 'not_linked';
  try {
    if (payload.event === 'jira:issue_updated') {
      const issue = await jiraRequest<{ fields: JiraIssueState }>(
        connection.target,
        'GET',
        `${apiBase(connection.target)}/issue/${encodeURIComponent(link.issueKey)}?fields=status,fixVersions`,
      );
      const changed = await applyJiraIssueState(db, {
        requestId: link.requestId,
        issue: issue.fields,
        statusMapping: connection.row.statusMapping,
      });
      return changed ? 'state_changed' : 'unchanged';
    }
    if (!payload.commentId) return 'no_comment';
    return await syncJiraComment(db, {
      connection,
      requestId: link.requestId,
      issueKey: link.issueKey,
      commentId: payload.commentId,
      mail: config,
    });
  } catch (error) {
    return recordJiraFailure(db, { config, vendorTeamId: payload.vendorTeamId, error });
  }
}
