import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAcceptAnswer,
  ZCommunityReply,
  ZCommunityTopic,
  ZCreateReply,
  ZCreateTopic,
  ZListTopicsQuery,
  ZListTopicsResponse,
  ZSubscription,
  ZUpdateTopic,
} from '../../shared/community-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { acceptAnswer } from './accept-answer.ts';
import { createTopic } from './create-topic.ts';
import { getTopic } from './get-topic.ts';
import { listTopics } from './list-topics.ts';
import { replyToTopic } from './reply-to-topic.ts';
import { requestTopicRoutes } from './request-topic-routes.ts';
import { setSubscription } from './set-subscription.ts';
import { updateTopic } from './update-topic.ts';

const tags = ['community'];
const ZTopicParams = z.object({ id: z.string().min(1).max(60) });

export const communityRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, config } = deps;

  app.get(
    '/api/community/topics',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Topics, pinned first then by latest activity; filter by category, language, text, mine, subscribed',
        querystring: ZListTopicsQuery,
        response: { 200: ZListTopicsResponse },
      },
    },
    async (request) => listTopics({ db, actor: actorOf(request), query: request.query }),
  );

  app.post(
    '/api/community/topics',
    {
      config: { access: 'createTopic' },
      schema: { tags, summary: 'Open a topic; the author follows it', body: ZCreateTopic, response: { 201: ZCommunityTopic } },
    },
    async (request, reply) => reply.status(201).send(await createTopic({ db, actor: actorOf(request), input: request.body })),
  );

  app.get(
    '/api/community/topics/:id',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'One topic with its replies (oldest first) and the caller’s abilities',
        params: ZTopicParams,
        response: { 200: ZCommunityTopic },
      },
    },
    async (request) => getTopic({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.patch(
    '/api/community/topics/:id',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Edit title, body, category (author or moderator); pin or lock (moderators)',
        params: ZTopicParams,
        body: ZUpdateTopic,
        response: { 200: ZCommunityTopic },
      },
    },
    async (request) => updateTopic({ db, actor: actorOf(request), id: request.params.id, input: request.body }),
  );

  app.post(
    '/api/community/topics/:id/replies',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Reply (moderators only once locked); mirrored to the linked request; notifies the followers',
        params: ZTopicParams,
        body: ZCreateReply,
        response: { 201: ZCommunityReply },
      },
    },
    async (request, reply) => {
      const created = await replyToTopic({
        db,
        actor: actorOf(request),
        topicId: request.params.id,
        body: request.body.body,
        mail: config,
      });
      return reply.status(201).send(created);
    },
  );

  app.put(
    '/api/community/topics/:id/accepted-answer',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Accept a reply as the answer (topic author or moderator); `replyId: null` clears it',
        params: ZTopicParams,
        body: ZAcceptAnswer,
        response: { 200: ZCommunityTopic },
      },
    },
    async (request) => acceptAnswer({ db, actor: actorOf(request), topicId: request.params.id, replyId: request.body.replyId }),
  );

  app.put(
    '/api/community/topics/:id/subscription',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Follow or stop following a topic',
        params: ZTopicParams,
        body: ZSubscription,
        response: { 200: ZCommunityTopic },
      },
    },
    async (request) =>
      setSubscription({ db, actor: actorOf(request), topicId: request.params.id, isSubscribed: request.body.isSubscribed }),
  );

  await app.register(requestTopicRoutes, deps);
};
