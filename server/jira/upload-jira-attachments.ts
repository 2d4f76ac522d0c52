import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { attachments, jiraIssueLinks } from '../db/schema/index.ts';
import type { AttachmentStore } from '../requests/attachment-storage.ts';
import { jiraRequest } from './jira-request.ts';
import { apiBase, type JiraTarget } from './jira-target.ts';

/**
 * Uploads the dossier's screenshots to the issue (multipart, part `file`), each remembered once
 * done, so a retry after a failure sends only the ones Jira has not got.
 */
export async function uploadJiraAttachments(
  db: Database,
  options: {
    target: JiraTarget;
    store: AttachmentStore;
    requestId: string;
    issueKey: string;
    attachmentIds: string[];
    done: string[];
  },
) {
  const missing = options.attachmentIds.filter((id) => !options.done.includes(id));
  if (missing.length === 0) return 0;
  const files = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.requestId, options.requestId), inArray(attachments.id, missing)));
  for (const file of files) {
    const bytes = await options.store.read(file.storageKey);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: file.contentType }), file.fileName);
    await jiraRequest(
      options.target,
      'POST',
      `${apiBase(options.target)}/issue/${encodeURIComponent(options.issueKey)}/attachments`,
      {
        form,
      },
    );
    await db
      .update(jiraIssueLinks)
      .set({ uploadedAttachmentIds: sql`array_append(${jiraIssueLinks.uploadedAttachmentIds}, ${file.id})` })
      .where(eq(jiraIssueLinks.requestId, options.requestId));
  }
  return files.length;
}
