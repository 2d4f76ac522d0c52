import { eq } from 'drizzle-orm';
import { jiraCommentLinks, jiraIssueLinks, timelineEvents, users } from '../db/schema/index.ts';
import { RetryJobLaterError } from '../jobs/job-worker.ts';
import { commentToAdf } from './dossier-to-adf.ts';
import { commentToWiki } from './dossier-to-wiki.ts';
import { DEFAULT_JIRA_TIMEOUT_MS, type JiraDeps } from './jira-deps.ts';
import { jiraRequest } from './jira-request.ts';
import { apiBase, type JiraTarget, usesAdf } from './jira-target.ts';
import { loadJiraConnection } from './load-jira-connection.ts';
import { recordJiraFailure } from './record-jira-failure.ts';

const PROPERTY_KEY = 'support-hub';

type JiraComment = { id: string; properties?: { key: string; value: { eventId?: number } }[] };

/** A comment an earlier attempt posted before it timed out, found by the property it carries. */
async function findPosted(target: JiraTarget, issueKey: string, eventId: number): Promise<string | null> {
  for (let startAt = 0; ; ) {
    const page = await jiraRequest<{ comments: JiraComment[]; total: number }>(
      target,
      'GET',
      `${apiBase(target)}/issue/${encodeURIComponent(issueKey)}/comment?startAt=${startAt}&maxResults=100&expand=properties`,
    );
    const match = page.comments.find((comment) =>
      comment.properties?.some((property) => property.key === PROPERTY_KEY && property.value?.eventId === eventId),
    );
    if (match) return match.id;
    startAt += page.comments.length;
    if (page.comments.length === 0 || startAt >= page.total) return null;
  }
}

/**
 * The `jira.send-comment` job: posts one public comment to the request's issue, once. The comment
 * carries a `support-hub` property with our event id, so a retry after a timeout finds it.
 */
export async function sendJiraComment(deps: JiraDeps, options: { eventId: number; isRetry: boolean }): Promise<void> {
  const { db, config } = deps;
  const [row] = await db
    .select({ event: timelineEvents, authorName: users.name })
    .from(timelineEvents)
    .leftJoin(users, eq(users.id, timelineEvents.actorId))
    .where(eq(timelineEvents.id, options.eventId));
  // Only public comments written here; never a note, never something that came from Jira.
  if (row?.event.type !== 'comment' || row.event.isInternal || !row.event.body) return;
  if (row.event.data.origin === 'jira') return;
  const [already] = await db
    .select({ id: jiraCommentLinks.id })
    .from(jiraCommentLinks)
    .where(eq(jiraCommentLinks.timelineEventId, options.eventId));
  if (already) return;
  const [link] = await db.select().from(jiraIssueLinks).where(eq(jiraIssueLinks.requestId, row.event.requestId));
  if (!link || link.state === 'failed') return;
  if (!link.issueKey) throw new RetryJobLaterError('The Jira issue is not created yet', new Date(Date.now() + 60_000));
  const connection = await loadJiraConnection(db, {
    config,
    vendorTeamId: link.vendorTeamId,
    timeoutMs: deps.timeoutMs ?? DEFAULT_JIRA_TIMEOUT_MS,
  });
  if (!connection?.row.isEnabled || !connection.row.isSendingPublicComments) return;
  const { target } = connection;
  try {
    const authorName = row.authorName ?? 'Support Hub';
    let commentId = options.isRetry ? await findPosted(target, link.issueKey, options.eventId) : null;
    if (!commentId) {
      const posted = await jiraRequest<{ id: string }>(
        target,
        'POST',
        `${apiBase(target)}/issue/${encodeURIComponent(link.issueKey)}/comment`,
        {
          json: {
            body: usesAdf(target) ? commentToAdf(authorName, row.event.body) : commentToWiki(authorName, row.event.body),
            properties: [{ key: PROPERTY_KEY, value: { eventId: options.eventId } }],
          },
        },
      );
      commentId = posted.id;
    }
    await db
      .insert(jiraCommentLinks)
      .values({
        vendorTeamId: link.vendorTeamId,
        requestId: link.requestId,
        jiraCommentId: commentId,
        direction: 'outbound',
        timelineEventId: options.eventId,
      })
      .onConflictDoNothing();
  } catch (error) {
    await recordJiraFailure(db, { config, vendorTeamId: link.vendorTeamId, error });
  }
}
