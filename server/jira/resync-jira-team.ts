import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { jiraConnections, jiraIssueLinks } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { CREATE_JIRA_ISSUE_JOB } from './jira-job-names.ts';
import { scheduleJiraPoll } from './schedule-jira-poll.ts';

/** "Resync now": poll at once, and try again every issue that failed or still waits (after fixing the settings). */
export async function resyncJiraTeam(options: { db: Database; vendorTeamId: string; now?: Date }) {
  const now = options.now ?? new Date();
  return options.db.transaction(async (tx) => {
    const [connection] = await tx
      .select({ id: jiraConnections.vendorTeamId })
      .from(jiraConnections)
      .where(eq(jiraConnections.vendorTeamId, options.vendorTeamId));
    if (!connection) throw notFound('This team has no Jira connection');
    const retried = await tx
      .update(jiraIssueLinks)
      .set({ state: 'pending', lastError: null, updatedAt: now })
      .where(and(eq(jiraIssueLinks.vendorTeamId, options.vendorTeamId), eq(jiraIssueLinks.state, 'failed')))
      .returning({ requestId: jiraIssueLinks.requestId });
    const waiting = await tx
      .select({ requestId: jiraIssueLinks.requestId })
      .from(jiraIssueLinks)
      .where(and(eq(jiraIssueLinks.vendorTeamId, options.vendorTeamId), eq(jiraIssueLinks.state, 'pending')));
    for (const { requestId } of waiting) {
      await enqueueJob(tx, CREATE_JIRA_ISSUE_JOB, { requestId }, { singletonKey: `jira-issue:${requestId}`, maxAttempts: 15 });
    }
    await scheduleJiraPoll(tx, { vendorTeamId: options.vendorTeamId, runAt: now });
    return { retried: retried.length, queued: waiting.length };
  });
}
