import type { DbOrTx } from '../../db/client.ts';
import { attachments } from '../../db/schema/index.ts';
import { appendEvents } from '../../requests/timeline.ts';
import type { StoredMailAttachment } from './prepare-mail-attachments.ts';

/** Files already saved by `prepareMailAttachments`, as request attachments with their timeline events. */
export async function insertMailAttachments(
  tx: DbOrTx,
  options: { requestId: string; uploadedById: string | null; files: StoredMailAttachment[]; now: Date },
) {
  if (options.files.length === 0) return;
  const rows = await tx
    .insert(attachments)
    .values(
      options.files.map((file) => ({
        ...file,
        requestId: options.requestId,
        uploadedById: options.uploadedById,
        createdAt: options.now,
      })),
    )
    .returning();
  await appendEvents(
    tx,
    rows.map((row) => ({
      requestId: options.requestId,
      type: 'attachment_added' as const,
      actorId: options.uploadedById,
      data: { attachmentId: row.id, fileName: row.fileName, contentType: row.contentType, size: row.size, via: 'email' },
    })),
    options.now,
  );
}
