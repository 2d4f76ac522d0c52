import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZAttachment, ZId } from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { AppError } from '../errors.ts';
import { actorOf } from '../http/access.ts';
import { addAttachment, findAttachment } from './add-attachment.ts';
import { createAttachmentStore } from './attachment-storage.ts';
import { ZRequestParams } from './routes.ts';

const tags = ['requests'];

export const attachmentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const store = createAttachmentStore(config.dataDir);
  const limitMb = Math.round(config.maxAttachmentBytes / 1024 / 1024);

  app.post(
    '/api/requests/:id/attachments',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: `Attach a PNG, JPEG, WebP or PDF (multipart field "file", at most ${limitMb} MB)`,
        consumes: ['multipart/form-data'],
        params: ZRequestParams,
        response: { 201: ZAttachment },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!request.isMultipart()) {
        throw new AppError('invalid', 'Send the file as multipart/form-data', {
          errors: [{ field: 'file', message: 'is required' }],
        });
      }
      const file = await request.file();
      if (!file) throw new AppError('invalid', 'No file was sent', { errors: [{ field: 'file', message: 'is required' }] });
      const bytes = await file.toBuffer().catch((error: { code?: string }) => {
        if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new AppError('too_large', `Files may be at most ${limitMb} MB`, {
            errors: [{ field: 'file', message: `is larger than ${limitMb} MB` }],
          });
        }
        throw error;
      });
      const attachment = await addAttachment({ db, store, actor, id: request.params.id, fileName: file.filename, bytes });
      return reply.status(201).send(attachment);
    },
  );

  app.get(
    '/api/requests/:id/attachments/:attachmentId',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'Download an attachment', params: ZRequestParams.extend({ attachmentId: ZId }) },
    },
    async (request, reply) => {
      const row = await findAttachment({
        db,
        actor: actorOf(request),
        id: request.params.id,
        attachmentId: request.params.attachmentId,
      });
      const bytes = await store.read(row.storageKey);
      return reply
        .header('content-type', row.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.fileName)}`)
        .header('cache-control', 'private, max-age=3600')
        .send(bytes);
    },
  );
};
