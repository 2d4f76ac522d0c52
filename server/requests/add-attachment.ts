import { and, eq, inArray } from 'drizzle-orm';
import type { TAttachment } from '../../shared/schemas.ts';
import { mergedFamilyIds } from '../consolidation/merged-family.ts';
import type { Database } from '../db/client.ts';
import { attachments, helpRequests } from '../db/schema/index.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { requestAbilities } from '../policies/request-policy.ts';
import { type AttachmentStore, requireAttachmentType, safeFileName } from './attachment-storage.ts';
import { presentAttachment } from './present-request.ts';
import { loadRequestInScope } from './request-repository.ts';
import { appendEvents } from './timeline.ts';

export async function addAttachment(options: {
  db: Database;
  store: AttachmentStore;
  actor: Actor;
  id: string;
  fileName: string;
  bytes: Buffer;
}): Promise<TAttachment> {
  const { db, actor } = options;
  const request = await loadRequestInScope(db, actor, options.id);
  if (!requestAbilities(actor, request).uploadAttachment) throw forbidden('You may not add files to this request');
  const contentType = requireAttachmentType(options.bytes);
  const stored = await options.store.save(options.bytes);
  const fileName = safeFileName(options.fileName);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(attachments)
      .values({
        requestId: request.id,
        fileName,
        contentType,
        size: options.bytes.length,
        sha256: stored.sha256,
        storageKey: stored.key,
        uploadedById: actor.id,
      })
      .returning();
    await tx.update(helpRequests).set({ updatedAt: row.createdAt }).where(eq(helpRequests.id, request.id));
    await appendEvents(
      tx,
      [
        {
          requestId: request.id,
          type: 'attachment_added',
          actorId: actor.id,
          data: { attachmentId: row.id, fileName, contentType, size: row.size },
        },
      ],
      row.createdAt,
    );
    return presentAttachment(row);
  });
}

export async function findAttachment(options: { db: Database; actor: Actor; id: string; attachmentId: string }) {
  const request = await loadRequestInScope(options.db, options.actor, options.id);
  const [row] = await options.db
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.id, options.attachmentId),
        inArray(attachments.requestId, await mergedFamilyIds(options.db, request.id)),
      ),
    );
  if (!row) throw notFound('No such attachment');
  return row;
}
