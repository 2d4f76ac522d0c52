import { and, eq, inArray, ne } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  csv,
  ZEscalationRequest,
  ZHelpRequest,
  ZL3State,
  ZListHelpRequestsQuery,
  ZListHelpRequestsResponse,
} from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { helpRequests } from '../db/schema/index.ts';
import { actorOf } from '../http/access.ts';
import { jiraHandOff } from '../jira/jira-hand-off.ts';
import { listRequests } from '../requests/list-requests.ts';
import { ZRequestParams } from '../requests/routes.ts';
import { escalateRequest } from './escalate-request.ts';

const ZVendorQueueQuery = ZListHelpRequestsQuery.pick({
  sort: true,
  order: true,
  cursor: true,
  limit: true,
  q: true,
  module: true,
  urgency: true,
}).extend({
  l3State: csv(ZL3State),
});

export const escalationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.post(
    '/api/requests/:id/escalations',
    {
      config: { access: 'signed_in' },
      schema: {
        tags: ['escalation'],
        summary: 'Escalate one level up (reason, what was tried, and the dossier for level 3) or de-escalate one level down',
        params: ZRequestParams,
        body: ZEscalationRequest,
        response: { 201: ZHelpRequest },
      },
    },
    async (request, reply) => {
      const result = await escalateRequest({
        db,
        actor: actorOf(request),
        id: request.params.id,
        input: request.body,
        handOff: jiraHandOff,
        mail: config,
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/vendor-queue',
    {
      config: { access: 'viewVendorQueue' },
      schema: {
        tags: ['escalation'],
        summary: 'Level-3 requests routed to the caller’s vendor team (all teams for the help desk)',
        querystring: ZVendorQueueQuery,
        response: { 200: ZListHelpRequestsResponse },
      },
    },
    async (request) => {
      const { l3State, ...query } = request.query;
      return listRequests({
        db,
        actor: actorOf(request),
        query,
        extraCondition: and(
          eq(helpRequests.level, 3),
          l3State?.length ? inArray(helpRequests.l3State, l3State) : undefined,
          // Requests deferred to a release leave the active queue; the release's backlog lists them.
          ne(helpRequests.status, 'deferred'),
        ),
      });
    },
  );
};
