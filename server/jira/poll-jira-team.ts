import { and, eq, isNotNull } from 'drizzle-orm';
import { helpRequests, jiraCommentLinks, jiraConnections, jiraIssueLinks } from '../db/schema/index.ts';
import { applyJiraIssueState, type JiraIssueState } from './apply-jira-issue-state.ts';
import { referenceLabel } from './issue-source.ts';
import type { JiraComment } from './jira-comment.ts';
import { DEFAULT_JIRA_TIMEOUT_MS, DEFAULT_POLL_EVERY_MS, type JiraDeps } from './jira-deps.ts';
import { jiraRequest } from './jira-request.ts';
import { apiBase } from './jira-target.ts';
import { type LoadedJiraConnection, loadJiraConnection } from './load-jira-connection.ts';
import { mirrorJiraComment, removeMirroredComment } from './mirror-jira-comment.ts';
import { recordJiraFailure } from './record-jira-failure.ts';
import { scheduleJiraPoll } from './schedule-jira-poll.ts';
import { searchJiraIssues } from './search-jira-issues.ts';

/** Read again a little before the last sync: clocks differ, and a comment saved mid-poll must not slip by. */
const OVERLAP_MS = 2 * 60_000;
const LABELS_PER_QUERY = 50;

type Linked = { requestId: string; issueKey: string; reference: string };

async function allComments(connection: LoadedJiraConnection, issueKey: string) {
  const comments: JiraComment[] = [];
  for (let startAt = 0; ; ) {
    const page = await jiraRequest<{ comments: JiraComment[]; total: number }>(
      connection.target,
      'GET',
      `${apiBase(connection.target)}/issue/${encodeURIComponent(issueKey)}/comment?startAt=${startAt}&maxResults=100&orderBy=created&expand=properties`,
    );
    comments.push(...page.comments);
    startAt += page.comments.length;
    if (page.comments.length === 0 || startAt >= page.total) return comments;
  }
}

async function syncIssue(deps: JiraDeps, connection: LoadedJiraConnection, linked: Linked, fields: JiraIssueState, since: Date) {
  const { db } = deps;
  await applyJiraIssueState(db, { requestId: linked.requestId, issue: fields, statusMapping: connection.row.statusMapping });
  const comments = await allComments(connection, linked.issueKey);
  const target = {
    vendorTeamId: connection.row.vendorTeamId,
    requestId: linked.requestId,
    issueKey: linked.issueKey,
    flavour: connection.target.flavour,
  };
  let mirrored = 0;
  for (const comment of comments) {
    if (new Date(comment.updated ?? comment.created) < since) continue;
    const outcome = await mirrorJiraComment(db, { ...target, comment, mail: deps.config });
    if (outcome === 'created' || outcome === 'updated') mirrored += 1;
  }
  // A comment we mirrored that Jira no longer lists was deleted there.
  const present = new Set(comments.map((comment) => comment.id));
  const links = await db
    .select({ commentId: jiraCommentLinks.jiraCommentId })
    .from(jiraCommentLinks)
    .where(
      and(
        eq(jiraCommentLinks.requestId, linked.requestId),
        eq(jiraCommentLinks.direction, 'inbound'),
        eq(jiraCommentLinks.isDeleted, false),
      ),
    );
  for (const link of links) {
    if (!present.has(link.commentId)) await removeMirroredComment(db, { ...target, commentId: link.commentId });
  }
  return mirrored;
}

/**
 * The `jira.poll` job, for sites Jira cannot reach with webhooks: JQL `updated >=` the last sync
 * over the team's linked issues (found by their reference labels), paged, then each issue's status
 * and comments. Always queues the next poll, so one failure never ends polling.
 */
export async function pollJiraTeam(deps: JiraDeps, vendorTeamId: string): Promise<{ issues: number; mirrored: number }> {
  const { db, config } = deps;
  const connection = await loadJiraConnection(db, { config, vendorTeamId, timeoutMs: deps.timeoutMs ?? DEFAULT_JIRA_TIMEOUT_MS });
  if (!connection?.row.isEnabled) return { issues: 0, mirrored: 0 };
  const startedAt = new Date();
  try {
    const since = new Date((connection.row.lastSyncAt ?? connection.row.createdAt).getTime() - OVERLAP_MS);
    const minutes = Math.max(1, Math.ceil((startedAt.getTime() - since.getTime()) / 60_000));
    const linked = await db
      .select({ requestId: jiraIssueLinks.requestId, issueKey: jiraIssueLinks.issueKey, reference: helpRequests.reference })
      .from(jiraIssueLinks)
      .innerJoin(helpRequests, eq(helpRequests.id, jiraIssueLinks.requestId))
      .where(
        and(
          eq(jiraIssueLinks.vendorTeamId, vendorTeamId),
          eq(jiraIssueLinks.state, 'linked'),
          isNotNull(jiraIssueLinks.issueKey),
        ),
      );
    const byKey = new Map(linked.map((row) => [row.issueKey as string, row as Linked]));
    let issues = 0;
    let mirrored = 0;
    for (let index = 0; index < linked.length; index += LABELS_PER_QUERY) {
      const labels = linked.slice(index, index + LABELS_PER_QUERY).map((row) => `"${referenceLabel(row.reference)}"`);
      // Relative time ("-15m") is read in Jira's own clock and zone, so no time-zone guessing.
      const jql = `project = "${connection.row.projectKey}" AND labels in (${labels.join(', ')}) AND updated >= "-${minutes}m" ORDER BY updated ASC`;
      for (const issue of await searchJiraIssues(connection.target, { jql, fields: ['status', 'fixVersions', 'updated'] })) {
        const row = byKey.get(issue.key);
        if (!row) continue;
        issues += 1;
        mirrored += await syncIssue(deps, connection, row, issue.fields as JiraIssueState, since);
      }
    }
    await db
      .update(jiraConnections)
      .set({ lastSyncAt: startedAt, lastSuccessAt: new Date(), lastError: null, lastErrorAt: null })
      .where(eq(jiraConnections.vendorTeamId, vendorTeamId));
    return { issues, mirrored };
  } catch (error) {
    return await recordJiraFailure(db, { config, vendorTeamId, error });
  } finally {
    await scheduleJiraPoll(db, { vendorTeamId, runAt: new Date(Date.now() + (deps.pollEveryMs ?? DEFAULT_POLL_EVERY_MS)) });
  }
}
