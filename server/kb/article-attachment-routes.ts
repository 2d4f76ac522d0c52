import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZKbAttachment } from '../../shared/kb-schemas.ts';
import { ZId } from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { AppError } from '../errors.ts';
import { actorOf } from '../http/access.ts';
import { createAttachmentStore } from '../requests/attachment-storage.ts';
import { addArticleAttachment } from './add-article-attachment.ts';
import { ZArticleParams } from './article-params.ts';
import { findArticleAttachment } from './find-article-attachment.ts';

const tags = ['knowledge base'];

export const articleAttachmentRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const store = createAttachmentStore(config.dataDir);
  const limitMb = Math.round(config.maxAttachmentBytes / 1024 / 1024);

  app.post(
    '/api/kb/articles/:id/attachments',
    {
      config: { access: 'draftArticles' },
      schema: {
        tags,
        summary: `Add an image or PDF to an article (multipart field "file", PNG/JPEG/WebP/PDF, at most ${limitMb} MB)`,
        consumes: ['multipart/form-data'],
        params: ZArticleParams,
        response: { 201: ZKbAttachment },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const required = { errors: [{ field: 'file', message: 'is required' }] };
      if (!request.isMultipart()) throw new AppError('invalid', 'Send the file as multipart/form-data', required);
      const file = await request.file();
      if (!file) throw new AppError('invalid', 'No file was sent', required);
      const bytes = await file.toBuffer().catch((error: { code?: string }) => {
        if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new AppError('too_large', `Files may be at most ${limitMb} MB`, {
            errors: [{ field: 'file', message: `is larger than ${limitMb} MB` }],
          });
        }
        throw error;
      });
      const attachment = await addArticleAttachment({ db, store, actor, id: request.params.id, fileName: file.filename, bytes });
      return reply.status(201).send(attachment);
    },
  );

  app.get(
    '/api/kb/articles/:id/attachments/:attachmentId',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'Download (or show) an article’s file', params: ZArticleParams.extend({ attachmentId: ZId }) },
    },
    async (request, reply) => {
      const row = await findArticleAttachment({
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
