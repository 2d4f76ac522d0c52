import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { jiraConnections, jiraIssueLinks } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { SEND_JIRA_COMMENT_JOB } from './jira-job-names.ts';

/**
 * Queues a public comment for the request's Jira issue when its team sends public replies there.
 * Call it in the comment's transaction, for public comments written in Support Hub only: internal
 * notes and comments mirrored from Jira never reach this.
 */
export async function queueJiraComment(tx: DbOrTx, options: { requestId: string; eventId: number }) {
  const [target] = await tx
    .select({ teamId: jiraIssueLinks.vendorTeamId })
    .from(jiraIssueLinks)
    .innerJoin(jiraConnections, eq(jiraConnections.vendorTeamId, jiraIssueLinks.vendorTeamId))
    .where(
      and(
        eq(jiraIssueLinks.requestId, options.requestId),
        ne(jiraIssueLinks.state, 'failed'),
        eq(jiraConnections.isEnabled, true),
        eq(jiraConnections.isSendingPublicComments, true),
      ),
    );
  if (!target) return null;
  return enqueueJob(
    tx,
    SEND_JIRA_COMMENT_JOB,
    { eventId: options.eventId },
    { singletonKey: `jira-comment-out:${options.eventId}` },
  );
}
