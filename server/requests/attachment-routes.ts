import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZAttachment, ZId } from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { readUploadedFile, sendStoredFile } from '../http/uploads.ts';
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
      const file = await readUploadedFile(request, config.maxAttachmentBytes);
      const attachment = await addAttachment({
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
      return sendStoredFile(reply, store, row);
    },
  );
};
