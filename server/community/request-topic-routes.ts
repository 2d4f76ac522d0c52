import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCommunityTopic, ZOpenTopicFromRequest, ZRequestTopic, ZTopicDraft } from '../../shared/community-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { ZRequestParams } from '../requests/routes.ts';
import { getRequestTopic } from './get-request-topic.ts';
import { getRequestTopicDraft } from './get-request-topic-draft.ts';
import { openTopicFromRequest } from './open-topic-from-request.ts';

const tags = ['community'];

/** A help request's community topic: read it, preview it with the guard's findings, open it. */
export const requestTopicRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/requests/:id/community-topic',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'The request’s community topic, or null, and whether the caller may open one',
        params: ZRequestParams,
        response: { 200: ZRequestTopic },
      },
    },
    async (request) => getRequestTopic({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.get(
    '/api/requests/:id/community-topic/draft',
    {
      config: { access: 'createTopic' },
      schema: {
        tags,
        summary: 'The topic the request would open, with likely case data the guard found in it',
        params: ZRequestParams,
        response: { 200: ZTopicDraft },
      },
    },
    async (request) => getRequestTopicDraft({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.post(
    '/api/requests/:id/community-topic',
    {
      config: { access: 'createTopic' },
      schema: {
        tags,
        summary:
          'Open the request’s community topic from its summary and description; 422 lists likely case data unless `confirmRedaction`',
        params: ZRequestParams,
        body: ZOpenTopicFromRequest,
        response: { 201: ZCommunityTopic },
      },
    },
    async (request, reply) => {
      const topic = await openTopicFromRequest({ db, actor: actorOf(request), id: request.params.id, input: request.body });
      return reply.status(201).send(topic);
    },
  );
};
