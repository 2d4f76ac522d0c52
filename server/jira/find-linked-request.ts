import { and, eq, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { jiraIssueLinks } from '../db/schema/index.ts';

/** The request a team's Jira issue belongs to (by id, which survives a move, or by key). */
export async function findLinkedRequest(
  db: DbOrTx,
  options: { vendorTeamId: string; issueId?: string | null; issueKey?: string | null },
) {
  const matches = [
    ...(options.issueId ? [eq(jiraIssueLinks.issueId, options.issueId)] : []),
    ...(options.issueKey ? [eq(jiraIssueLinks.issueKey, options.issueKey)] : []),
  ];
  if (matches.length === 0) return null;
  const [link] = await db
    .select()
    .from(jiraIssueLinks)
    .where(and(eq(jiraIssueLinks.vendorTeamId, options.vendorTeamId), or(...matches)))
    .limit(1);
  return link ?? null;
}
