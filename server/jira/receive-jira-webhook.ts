import { eq } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { jiraConnections, jiraWebhookDeliveries } from '../db/schema/index.ts';
import { AppError, notFound } from '../errors.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { DEFAULT_JIRA_TIMEOUT_MS } from './jira-deps.ts';
import { PROCESS_JIRA_EVENT_JOB } from './jira-job-names.ts';
import { loadJiraConnection } from './load-jira-connection.ts';
import type { TJiraEventPayload } from './process-jira-event.ts';
import { isValidWebhookSignature, isValidWebhookToken } from './verify-webhook-signature.ts';

const EVENTS = new Set(['comment_created', 'comment_updated', 'comment_deleted', 'jira:issue_updated']);

type Delivery = {
  vendorTeamId: string;
  rawBody: Buffer;
  signature: string | undefined;
  token: string | undefined;
  identifier: string | undefined;
};

export type WebhookOutcome = 'accepted' | 'duplicate' | 'ignored';

const refused = (message: string) => new AppError('unauthorized', message);

async function noteRefusal(db: Database, vendorTeamId: string, message: string) {
  await db
    .update(jiraConnections)
    .set({ lastError: message, lastErrorAt: new Date() })
    .where(eq(jiraConnections.vendorTeamId, vendorTeamId));
}

function parse(rawBody: Buffer) {
  try {
    return JSON.parse(rawBody.toString('utf8')) as {
      webhookEvent?: string;
      issue?: { id?: string | number; key?: string };
      comment?: { id?: string | number };
    };
  } catch {
    throw new AppError('invalid', 'The webhook body is not JSON', { errors: [{ field: 'body', message: 'must be JSON' }] });
  }
}

/**
 * A Jira webhook delivery: checked (signature over the raw body, or the secret token in the URL),
 * deduplicated by X-Atlassian-Webhook-Identifier and by comment, and queued; the work happens in a
 * job, so Jira gets its answer at once. Only identifiers are kept from the body.
 */
export async function receiveJiraWebhook(db: Database, config: Config, delivery: Delivery): Promise<WebhookOutcome> {
  const connection = await loadJiraConnection(db, {
    config,
    vendorTeamId: delivery.vendorTeamId,
    timeoutMs: DEFAULT_JIRA_TIMEOUT_MS,
  });
  if (!connection) throw notFound('No Jira connection for this team');
  const secret = connection.webhookSecret;
  if (!secret) throw refused('Webhooks are off for this team: set a webhook secret first');
  if (delivery.signature !== undefined) {
    if (!isValidWebhookSignature(delivery.rawBody, delivery.signature, secret)) {
      await noteRefusal(db, delivery.vendorTeamId, 'A webhook with a wrong X-Hub-Signature was refused');
      throw refused('Wrong X-Hub-Signature');
    }
  } else if (delivery.token === undefined || !isValidWebhookToken(delivery.token, secret)) {
    await noteRefusal(db, delivery.vendorTeamId, 'A webhook without a valid signature or token was refused');
    throw refused('The webhook carries neither a valid X-Hub-Signature nor a valid token');
  }
  const body = parse(delivery.rawBody);
  if (!connection.row.isEnabled || !body.webhookEvent || !EVENTS.has(body.webhookEvent)) return 'ignored';
  const payload: TJiraEventPayload = {
    vendorTeamId: delivery.vendorTeamId,
    event: body.webhookEvent as TJiraEventPayload['event'],
    issueId: body.issue?.id !== undefined ? String(body.issue.id) : null,
    issueKey: body.issue?.key ?? null,
    commentId: body.comment?.id !== undefined ? String(body.comment.id) : null,
  };
  return db.transaction(async (tx) => {
    if (delivery.identifier) {
      const seen = await tx
        .insert(jiraWebhookDeliveries)
        .values({ vendorTeamId: delivery.vendorTeamId, identifier: delivery.identifier.slice(0, 200) })
        .onConflictDoNothing()
        .returning({ identifier: jiraWebhookDeliveries.identifier });
      if (seen.length === 0) return 'duplicate';
    }
    // One queued job per comment (or issue): the job reads Jira's current version anyway.
    const singletonKey = payload.commentId
      ? `jira-comment-in:${payload.vendorTeamId}:${payload.commentId}`
      : `jira-issue-in:${payload.vendorTeamId}:${payload.issueId ?? payload.issueKey}`;
    const jobId = await enqueueJob(tx, PROCESS_JIRA_EVENT_JOB, payload, { singletonKey, maxAttempts: 10 });
    return jobId ? 'accepted' : 'duplicate';
  });
}
