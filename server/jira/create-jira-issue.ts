import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { helpRequests, jiraIssueLinks } from '../db/schema/index.ts';
import { createAttachmentStore } from '../requests/attachment-storage.ts';
import { appendEvents } from '../requests/timeline.ts';
import { buildIssueFields, buildServiceDeskRequest } from './build-issue-fields.ts';
import { findIssueByLabel } from './find-issue-by-label.ts';
import { referenceLabel } from './issue-source.ts';
import { DEFAULT_JIRA_TIMEOUT_MS, type JiraDeps } from './jira-deps.ts';
import { jiraRequest } from './jira-request.ts';
import { apiBase, issueUrl, type JiraTarget } from './jira-target.ts';
import { loadIssueSource } from './load-issue-source.ts';
import { type LoadedJiraConnection, loadJiraConnection } from './load-jira-connection.ts';
import { recordJiraFailure } from './record-jira-failure.ts';
import { uploadJiraAttachments } from './upload-jira-attachments.ts';

type Created = { id: string; key: string };

async function createIssue(connection: LoadedJiraConnection, source: Parameters<typeof buildIssueFields>[1]): Promise<Created> {
  const { row, target } = connection;
  if (row.flavour === 'service_management') {
    const created = await jiraRequest<{ issueId: string; issueKey: string }>(target, 'POST', '/rest/servicedeskapi/request', {
      json: buildServiceDeskRequest(row, source),
    });
    return { id: created.issueId, key: created.issueKey };
  }
  return jiraRequest<Created>(target, 'POST', `${apiBase(target)}/issue`, { json: { fields: buildIssueFields(row, source) } });
}

async function linkIssue(db: Database, options: { requestId: string; issue: Created; target: JiraTarget; isFound: boolean }) {
  const url = issueUrl(options.target, options.issue.key);
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx
      .update(jiraIssueLinks)
      .set({ state: 'linked', issueId: options.issue.id, issueKey: options.issue.key, lastError: null, updatedAt: now })
      .where(eq(jiraIssueLinks.requestId, options.requestId));
    await tx
      .update(helpRequests)
      .set({ externalKey: options.issue.key, externalUrl: url })
      .where(eq(helpRequests.id, options.requestId));
    await appendEvents(
      tx,
      [
        {
          requestId: options.requestId,
          type: 'jira_issue_linked',
          actorId: null,
          data: { issueKey: options.issue.key, issueUrl: url, wasFoundByLabel: options.isFound },
        },
      ],
      now,
    );
  });
}

/**
 * The `jira.create-issue` job: finds the request's issue by its label or creates it, links it,
 * then uploads the screenshots. Safe to run again at any point.
 */
export async function createJiraIssue(deps: JiraDeps, requestId: string): Promise<void> {
  const { db, config } = deps;
  const [link] = await db.select().from(jiraIssueLinks).where(eq(jiraIssueLinks.requestId, requestId));
  if (!link || link.state === 'failed') return;
  const connection = await loadJiraConnection(db, {
    config,
    vendorTeamId: link.vendorTeamId,
    timeoutMs: deps.timeoutMs ?? DEFAULT_JIRA_TIMEOUT_MS,
  });
  const loaded = await loadIssueSource(db, config, requestId);
  if (!connection?.row.isEnabled || !loaded) return;
  try {
    let issueKey = link.issueKey;
    if (!issueKey) {
      const found = await findIssueByLabel(connection.target, referenceLabel(loaded.source.reference));
      const issue = found ?? (await createIssue(connection, loaded.source));
      await linkIssue(db, { requestId, issue, target: connection.target, isFound: Boolean(found) });
      issueKey = issue.key;
    }
    await uploadJiraAttachments(db, {
      target: connection.target,
      store: createAttachmentStore(config.dataDir),
      requestId,
      issueKey,
      attachmentIds: loaded.screenshotIds,
      done: link.uploadedAttachmentIds,
    });
  } catch (error) {
    await recordJiraFailure(db, { config, vendorTeamId: link.vendorTeamId, requestId, error });
  }
}
