import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { jiraConnections, vendorTeams } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';

/** Disconnects a team from Jira: its level-3 requests go to the internal vendor queue again. Links stay for history. */
export async function deleteJiraConnection(options: { db: Database; vendorTeamId: string }) {
  await options.db.transaction(async (tx) => {
    const removed = await tx
      .delete(jiraConnections)
      .where(eq(jiraConnections.vendorTeamId, options.vendorTeamId))
      .returning({ id: jiraConnections.vendorTeamId });
    if (removed.length === 0) throw notFound('This team has no Jira connection');
    await tx.update(vendorTeams).set({ jiraProjectKey: null }).where(eq(vendorTeams.id, options.vendorTeamId));
  });
}
