import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ATTACHMENT_TYPES, type AttachmentType } from '../../shared/constants.ts';
import { AppError } from '../errors.ts';

/** Detects the allowed types from their leading bytes; the client's claimed type is never trusted. */
export function detectAttachmentType(bytes: Buffer): AttachmentType | null {
  const starts = (signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}

/** The file's real type, or a 415 naming the accepted ones. */
export function requireAttachmentType(bytes: Buffer): AttachmentType {
  const contentType = detectAttachmentType(bytes);
  if (contentType) return contentType;
  throw new AppError('unsupported_media_type', `Only ${ATTACHMENT_TYPES.join(', ')} files are accepted`, {
    errors: [{ field: 'file', message: 'is not a PNG, JPEG, WebP or PDF file (checked from its content)' }],
  });
}

const isUnsafeInFileName = (char: string) => char.charCodeAt(0) < 32 || '\\/"'.includes(char);

/** A file name safe to store and to put in a Content-Disposition header. */
export const safeFileName = (name: string) =>
  [...name]
    .map((char) => (isUnsafeInFileName(char) ? '_' : char))
    .join('')
    .replace(/^\.+/, '')
    .slice(0, 200) || 'attachment';

/** Files live under `<dataDir>/attachments/<yyyy>/<mm>/<uuid>`; the database keeps the key. */
export function createAttachmentStore(dataDir: string) {
  const root = path.join(dataDir, 'attachments');
  return {
    async save(bytes: Buffer) {
      const now = new Date();
      const key = path.posix.join(String(now.getUTCFullYear()), String(now.getUTCMonth() + 1).padStart(2, '0'), randomUUID());
      await mkdir(path.join(root, path.dirname(key)), { recursive: true });
      await writeFile(path.join(root, key), bytes, { flag: 'wx' });
      return { key, sha256: createHash('sha256').update(bytes).digest('hex') };
    },
    read(key: string) {
      return readFile(path.join(root, key));
    },
  };
}

export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
