import { eq } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { jiraConnections, jiraIssueLinks } from '../db/schema/index.ts';
import { PermanentJobError, RetryJobLaterError } from '../jobs/job-worker.ts';
import { appendEvents } from '../requests/timeline.ts';
import { alertAdmins } from './alert-admins.ts';
import { JiraHttpError } from './jira-http-error.ts';

/**
 * Turns a failed call to Jira into what the job worker should do, and records it: throttling
 * retries at the time Jira asked (else the worker's backoff with jitter); a refusal (401, 403,
 * 404) or a rejected body (400) stops for good, marks the request's issue failed and alerts admins.
 */
export async function recordJiraFailure(
  db: Database,
  options: { config: Config; vendorTeamId: string; requestId?: string; error: unknown; now?: Date },
): Promise<never> {
  const { error, vendorTeamId, requestId } = options;
  const now = options.now ?? new Date();
  const message = error instanceof Error ? error.message : String(error);
  const isFinal = error instanceof JiraHttpError && (error.isRefusal || error.status === 400 || error.status === 422);
  await db.transaction(async (tx) => {
    await tx
      .update(jiraConnections)
      .set({ lastError: message, lastErrorAt: now })
      .where(eq(jiraConnections.vendorTeamId, vendorTeamId));
    if (requestId) {
      await tx
        .update(jiraIssueLinks)
        .set({ lastError: message, updatedAt: now, ...(isFinal ? { state: 'failed' } : {}) })
        .where(eq(jiraIssueLinks.requestId, requestId));
      if (isFinal) {
        await appendEvents(
          tx,
          [{ requestId, type: 'jira_sync_failed', actorId: null, isInternal: true, body: message, data: { vendorTeamId } }],
          now,
        );
      }
    }
    if (isFinal) await alertAdmins(tx, { config: options.config, vendorTeamId, reason: message, now });
  });
  if (isFinal) throw new PermanentJobError(message);
  if (error instanceof JiraHttpError && error.isThrottled && error.retryAt) throw new RetryJobLaterError(message, error.retryAt);
  throw error instanceof Error ? error : new Error(message);
}
