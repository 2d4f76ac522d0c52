import { eq } from 'drizzle-orm';
import type { TJiraConnection } from '../../shared/jira-schemas.ts';
import type { Database } from '../db/client.ts';
import { jiraConnections, vendorTeams } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { presentJiraConnection } from './present-jira-connection.ts';

export async function getJiraConnection(options: { db: Database; vendorTeamId: string }): Promise<TJiraConnection | null> {
  const [team] = await options.db
    .select({ id: vendorTeams.id })
    .from(vendorTeams)
    .where(eq(vendorTeams.id, options.vendorTeamId));
  if (!team) throw notFound('No such vendor team');
  const [row] = await options.db.select().from(jiraConnections).where(eq(jiraConnections.vendorTeamId, options.vendorTeamId));
  return row ? presentJiraConnection(row) : null;
}
