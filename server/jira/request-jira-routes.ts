import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZRequestJiraStatus } from '../../shared/jira-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { ZRequestParams } from '../requests/routes.ts';
import { getRequestJiraStatus } from './get-request-jira-status.ts';

export const requestJiraRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/requests/:id/jira',
    {
      config: { access: 'signed_in' },
      schema: {
        tags: ['jira'],
        summary: 'The request’s Jira issue: linked (key and link), pending (“waiting for Jira”), failed, or none',
        params: ZRequestParams,
        response: { 200: ZRequestJiraStatus },
      },
    },
    async (request) => getRequestJiraStatus({ db, actor: actorOf(request), id: request.params.id }),
  );
};
