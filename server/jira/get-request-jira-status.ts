import { eq } from 'drizzle-orm';
import type { TRequestJiraStatus } from '../../shared/jira-schemas.ts';
import type { Database } from '../db/client.ts';
import { jiraConnections, jiraIssueLinks } from '../db/schema/index.ts';
import { type Actor, isStaff } from '../policies/actor.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { issueUrl } from './jira-target.ts';

/** The request's Jira issue for whoever may see the request; why it waits, for staff only. */
export async function getRequestJiraStatus(options: { db: Database; actor: Actor; id: string }): Promise<TRequestJiraStatus> {
  const request = await loadRequestInScope(options.db, options.actor, options.id);
  const [row] = await options.db
    .select({ link: jiraIssueLinks, baseUrl: jiraConnections.baseUrl })
    .from(jiraIssueLinks)
    .leftJoin(jiraConnections, eq(jiraConnections.vendorTeamId, jiraIssueLinks.vendorTeamId))
    .where(eq(jiraIssueLinks.requestId, request.id));
  if (!row) return { state: 'none', issueKey: null, issueUrl: null, lastError: null };
  const { link } = row;
  return {
    state: link.state as TRequestJiraStatus['state'],
    issueKey: link.issueKey,
    issueUrl: link.issueKey && row.baseUrl ? issueUrl({ baseUrl: row.baseUrl }, link.issueKey) : null,
    lastError: isStaff(options.actor) ? link.lastError : null,
  };
}
