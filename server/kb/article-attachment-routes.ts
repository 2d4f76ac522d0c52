import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZKbAttachment } from '../../shared/kb-schemas.ts';
import { ZId } from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { readUploadedFile, sendStoredFile } from '../http/uploads.ts';
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
      const file = await readUploadedFile(request, config.maxAttachmentBytes);
      const attachment = await addArticleAttachment({
        db,
        store,
        actor,
        id: request.params.id,
        fileName: file.fileName,
        bytes: file.bytes,
      });
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
      return sendStoredFile(reply, store, row);
    },
  );
};
