import type { Database } from '../db/client.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { JiraComment } from './jira-comment.ts';
import { JiraHttpError } from './jira-http-error.ts';
import { jiraRequest } from './jira-request.ts';
import { apiBase } from './jira-target.ts';
import type { LoadedJiraConnection } from './load-jira-connection.ts';
import { type MirrorOutcome, mirrorJiraComment, removeMirroredComment } from './mirror-jira-comment.ts';

/**
 * Reads one comment back from Jira (never trusting a webhook's copy) and mirrors what Jira says
 * now: its text, its new version, or its deletion when Jira no longer has it.
 */
export async function syncJiraComment(
  db: Database,
  options: { connection: LoadedJiraConnection; requestId: string; issueKey: string; commentId: string; mail: MailSettings },
): Promise<MirrorOutcome> {
  const { connection, requestId, issueKey, commentId } = options;
  const target = { vendorTeamId: connection.row.vendorTeamId, requestId, issueKey, flavour: connection.target.flavour };
  let comment: JiraComment;
  try {
    comment = await jiraRequest<JiraComment>(
      connection.target,
      'GET',
      `${apiBase(connection.target)}/issue/${encodeURIComponent(issueKey)}/comment/${encodeURIComponent(commentId)}?expand=properties`,
    );
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return removeMirroredComment(db, { ...target, commentId });
    throw error;
  }
  return mirrorJiraComment(db, { ...target, comment, mail: options.mail });
}
