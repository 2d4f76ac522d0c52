import { asc, eq, sql } from 'drizzle-orm';
import type { TJiraSyncState } from '../../shared/jira-schemas.ts';
import type { Database } from '../db/client.ts';
import { jiraConnections, jiraIssueLinks, vendorTeams } from '../db/schema/index.ts';

const count = (state: string) =>
  sql<number>`count(${jiraIssueLinks.requestId}) filter (where ${jiraIssueLinks.state} = ${state})`.mapWith(Number);

/** Each connected team's sync: last poll, last success, last error, and how many issues wait or failed. */
export async function listJiraSyncStates(options: { db: Database }): Promise<TJiraSyncState[]> {
  const rows = await options.db
    .select({
      connection: jiraConnections,
      teamName: vendorTeams.name,
      linked: count('linked'),
      pending: count('pending'),
      failed: count('failed'),
    })
    .from(jiraConnections)
    .innerJoin(vendorTeams, eq(vendorTeams.id, jiraConnections.vendorTeamId))
    .leftJoin(jiraIssueLinks, eq(jiraIssueLinks.vendorTeamId, jiraConnections.vendorTeamId))
    .groupBy(jiraConnections.vendorTeamId, vendorTeams.name)
    .orderBy(asc(vendorTeams.name));
  return rows.map(({ connection, teamName, linked, pending, failed }) => ({
    vendorTeamId: connection.vendorTeamId,
    vendorTeamName: teamName,
    flavour: connection.flavour as TJiraSyncState['flavour'],
    projectKey: connection.projectKey,
    isEnabled: connection.isEnabled,
    lastSyncAt: connection.lastSyncAt?.toISOString() ?? null,
    lastSuccessAt: connection.lastSuccessAt?.toISOString() ?? null,
    lastError: connection.lastError,
    lastErrorAt: connection.lastErrorAt?.toISOString() ?? null,
    linkedCount: linked,
    pendingCount: pending,
    failedCount: failed,
  }));
}
