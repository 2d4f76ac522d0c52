import { eq, sql } from 'drizzle-orm';
import { jiraConnections, jiraIssueLinks } from '../db/schema/index.ts';
import type { LevelThreeHandOff } from '../escalation/level-three-handoff.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { CREATE_JIRA_ISSUE_JOB } from './jira-job-names.ts';

/**
 * Level 3 for a team with Jira: record the issue as pending and queue the job that creates it, in
 * the escalation's transaction. Jira itself is never called here, so an outage cannot block the
 * escalation. A team without (enabled) Jira keeps the internal vendor queue.
 */
export const jiraHandOff: LevelThreeHandOff = {
  destination: 'jira',
  handOff: async (tx, input) => {
    const [connection] = await tx
      .select({ isEnabled: jiraConnections.isEnabled })
      .from(jiraConnections)
      .where(eq(jiraConnections.vendorTeamId, input.vendorTeamId));
    if (!connection?.isEnabled) return 'internal_queue';
    await tx
      .insert(jiraIssueLinks)
      .values({ requestId: input.requestId, vendorTeamId: input.vendorTeamId, state: 'pending' })
      .onConflictDoUpdate({
        target: jiraIssueLinks.requestId,
        // Escalated again after coming back down: keep the issue if the same team has it, else start over.
        set: {
          vendorTeamId: input.vendorTeamId,
          state: sql`case when ${jiraIssueLinks.vendorTeamId} = ${input.vendorTeamId} and ${jiraIssueLinks.issueKey} is not null then 'linked' else 'pending' end`,
          issueKey: sql`case when ${jiraIssueLinks.vendorTeamId} = ${input.vendorTeamId} then ${jiraIssueLinks.issueKey} else null end`,
          issueId: sql`case when ${jiraIssueLinks.vendorTeamId} = ${input.vendorTeamId} then ${jiraIssueLinks.issueId} else null end`,
          lastError: null,
          updatedAt: new Date(),
        },
      });
    await enqueueJob(
      tx,
      CREATE_JIRA_ISSUE_JOB,
      { requestId: input.requestId },
      { singletonKey: `jira-issue:${input.requestId}`, maxAttempts: 15 },
    );
    return 'jira';
  },
};
