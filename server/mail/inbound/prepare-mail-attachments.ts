import type { AttachmentType } from '../../../shared/constants.ts';
import { type AttachmentStore, detectAttachmentType, safeFileName } from '../../requests/attachment-storage.ts';
import type { InboundAttachment } from './parse-inbound-mail.ts';

export type StoredMailAttachment = {
  fileName: string;
  contentType: AttachmentType;
  size: number;
  sha256: string;
  storageKey: string;
};

/**
 * Saves the attachments a request accepts (PNG, JPEG, WebP, PDF up to the size limit, recognised
 * from their bytes) and says in words which ones were left out and why.
 */
export async function prepareMailAttachments(
  store: AttachmentStore,
  attachments: InboundAttachment[],
  maxBytes: number,
): Promise<{ stored: StoredMailAttachment[]; problems: string[] }> {
  const stored: StoredMailAttachment[] = [];
  const problems: string[] = [];
  for (const attachment of attachments) {
    const fileName = safeFileName(attachment.fileName);
    if (attachment.bytes.length > maxBytes) {
      problems.push(
        `“${fileName}” was not kept: ${Math.ceil(attachment.bytes.length / 1024 / 1024)} MB is over the ${Math.floor(maxBytes / 1024 / 1024)} MB limit`,
      );
      continue;
    }
    const contentType = detectAttachmentType(attachment.bytes);
    if (!contentType) {
      problems.push(`“${fileName}” was not kept: only PNG, JPEG, WebP and PDF files are accepted`);
      continue;
    }
    const saved = await store.save(attachment.bytes);
    stored.push({ fileName, contentType, size: attachment.bytes.length, sha256: saved.sha256, storageKey: saved.key });
  }
  return { stored, problems };
}
