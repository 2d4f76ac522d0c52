import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { AttachmentStore } from '../requests/attachment-storage.ts';

/** The one file of a multipart upload (field `file`), refused with a field error when missing or too large. */
export async function readUploadedFile(request: FastifyRequest, maxBytes: number): Promise<{ fileName: string; bytes: Buffer }> {
  const required = { errors: [{ field: 'file', message: 'is required' }] };
  if (!request.isMultipart()) throw new AppError('invalid', 'Send the file as multipart/form-data', required);
  const file = await request.file();
  if (!file) throw new AppError('invalid', 'No file was sent', required);
  const limitMb = Math.round(maxBytes / 1024 / 1024);
  const bytes = await file.toBuffer().catch((error: { code?: string }) => {
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('too_large', `Files may be at most ${limitMb} MB`, {
        errors: [{ field: 'file', message: `is larger than ${limitMb} MB` }],
      });
    }
    throw error;
  });
  return { fileName: file.filename, bytes };
}

/** Sends a stored file with its checked type; browsers must not sniff another one. */
export async function sendStoredFile(
  reply: FastifyReply,
  store: AttachmentStore,
  file: { storageKey: string; contentType: string; fileName: string },
) {
  const bytes = await store.read(file.storageKey);
  return reply
    .header('content-type', file.contentType)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'private, max-age=3600')
    .send(bytes);
}
