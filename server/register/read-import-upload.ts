import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

/** The spreadsheet of a multipart upload (field `file`), refused with a clear error when over the size cap. */
export async function readImportUpload(request: FastifyRequest, maxBytes: number): Promise<{ fileName: string; bytes: Buffer }> {
  const required = { errors: [{ field: 'file', message: 'is required' }] };
  if (!request.isMultipart()) throw new AppError('invalid', 'Send the spreadsheet as multipart/form-data', required);
  const file = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!file) throw new AppError('invalid', 'No file was sent', required);
  const limitMb = Math.round(maxBytes / 1024 / 1024);
  const bytes = await file.toBuffer().catch((error: { code?: string }) => {
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('too_large', `Spreadsheets may be at most ${limitMb} MB: split the file, or export fewer columns`, {
        errors: [{ field: 'file', message: `is larger than ${limitMb} MB` }],
      });
    }
    throw error;
  });
  return { fileName: file.filename || 'register', bytes };
}
