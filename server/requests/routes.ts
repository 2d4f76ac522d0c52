import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCommentRequest,
  ZCreateHelpRequest,
  ZHelpRequest,
  ZId,
  ZListHelpRequestsQuery,
  ZListHelpRequestsResponse,
  ZTimelineEvent,
  ZUpdateHelpRequest,
  ZUser,
} from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { listMergedTimeline } from '../consolidation/list-merged-timeline.ts';
import { users } from '../db/schema/index.ts';
import { actorOf } from '../http/access.ts';
import { canBeAssigned, requestAbilities } from '../policies/request-policy.ts';
import { addCommentOnce } from '../sync/add-comment-once.ts';
import { createRequestOnce } from '../sync/create-request-once.ts';
import { presentUser, toActor } from '../users/present-user.ts';
import { addComment } from './add-comment.ts';
import { createRequest } from './create-request.ts';
import { getRequest } from './get-request.ts';
import { listRequests } from './list-requests.ts';
import { loadRequestInScope } from './request-repository.ts';
import { updateRequest } from './update-request.ts';

const tags = ['requests'];
export const ZRequestParams = z.object({ id: z.string().min(1).max(60).describe('Request id or reference such as SLE-0042') });

export const requestRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get(
    '/api/requests',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'The register: requests in the caller’s scope, filtered, sorted, cursor-paginated, with counts',
        querystring: ZListHelpRequestsQuery,
        response: { 200: ZListHelpRequestsResponse },
      },
    },
    async (request) => listRequests({ db, actor: actorOf(request), query: request.query }),
  );

  app.post(
    '/api/requests',
    {
      config: { access: 'createRequest' },
      schema: {
        tags,
        summary: 'Log a help request; with a clientId, sending it again answers the request already created (200)',
        body: ZCreateHelpRequest.extend({ clientId: ZId.optional() }),
        response: { 201: ZHelpRequest, 200: ZHelpRequest },
      },
    },
    async (request, reply) => {
      const { clientId, ...input } = request.body;
      const actor = actorOf(request);
      if (!clientId) return reply.status(201).send(await createRequest({ db, actor, input, mail: config }));
      const once = await createRequestOnce({ db, actor, input, clientId, source: { via: 'web' }, mail: config });
      return reply.status(once.isNew ? 201 : 200).send(once.request);
    },
  );

  app.get(
    '/api/requests/:id',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'One request with the caller’s abilities on it',
        params: ZRequestParams,
        response: { 200: ZHelpRequest },
      },
    },
    async (request) => getRequest({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.patch(
    '/api/requests/:id',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Change status (state machine), assignee, fields or level-3 state',
        params: ZRequestParams,
        body: ZUpdateHelpRequest,
        response: { 200: ZHelpRequest },
      },
    },
    async (request) => updateRequest({ db, actor: actorOf(request), id: request.params.id, input: request.body, mail: config }),
  );

  app.get(
    '/api/requests/:id/timeline',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary:
          'Append-only timeline, oldest first, with the events of requests merged into this one (marked with their origin)',
        params: ZRequestParams,
        response: { 200: z.object({ events: z.array(ZTimelineEvent) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await loadRequestInScope(db, actor, request.params.id);
      const includeInternal = requestAbilities(actor, row).readInternal;
      return { events: await listMergedTimeline({ db, requestId: row.id, includeInternal }) };
    },
  );

  app.post(
    '/api/requests/:id/comments',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Public comment or internal note; with a clientId, sending it again answers the comment already added (200)',
        params: ZRequestParams,
        body: ZCommentRequest.extend({ clientId: ZId.optional() }),
        response: { 201: ZTimelineEvent, 200: ZTimelineEvent },
      },
    },
    async (request, reply) => {
      const { clientId } = request.body;
      if (clientId) {
        const once = await addCommentOnce({
          db,
          actor: actorOf(request),
          requestRef: request.params.id,
          body: request.body.body,
          isInternal: request.body.internal,
          clientId,
          mail: config,
        });
        return reply.status(once.isNew ? 201 : 200).send(once.event);
      }
      const event = await addComment({
        db,
        actor: actorOf(request),
        id: request.params.id,
        body: request.body.body,
        isInternal: request.body.internal,
        mail: config,
      });
      return reply.status(201).send(event);
    },
  );

  app.get(
    '/api/requests/:id/assignees',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'People this request can be assigned to',
        params: ZRequestParams,
        response: { 200: z.array(ZUser) },
      },
    },
    async (request) => {
      const row = await loadRequestInScope(db, actorOf(request), request.params.id);
      const candidates = await db.select().from(users).where(eq(users.isActive, true)).orderBy(users.name);
      return candidates.filter((user) => canBeAssigned(toActor(user), row)).map(presentUser);
    },
  );
};
