import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId } from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { AppError } from '../errors.ts';
import { receiveJiraWebhook } from './receive-jira-webhook.ts';

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Jira's webhooks. Public (Jira has no session): each delivery proves itself with the team's
 * secret. The body is read raw, because the signature covers the exact bytes Jira sent.
 */
export const jiraWebhookRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 1024 * 1024 }, (_request, body, done) => done(null, body));
  app.post(
    '/api/jira/webhooks/:teamId',
    {
      config: { access: 'public' },
      schema: {
        tags: ['jira'],
        summary: 'Jira webhook (comment_created/updated/deleted, jira:issue_updated): X-Hub-Signature or ?token=',
        params: z.object({ teamId: ZId }),
        querystring: z.object({ token: z.string().optional() }),
        response: { 202: z.object({ status: z.enum(['accepted', 'duplicate', 'ignored']) }) },
      },
    },
    async (request, reply) => {
      const rawBody = request.body;
      if (!Buffer.isBuffer(rawBody))
        throw new AppError('invalid', 'The webhook body is empty', { errors: [{ field: 'body', message: 'is required' }] });
      try {
        const status = await receiveJiraWebhook(db, config, {
          vendorTeamId: request.params.teamId,
          rawBody,
          signature: header(request.headers['x-hub-signature']),
          token: request.query.token,
          identifier: header(request.headers['x-atlassian-webhook-identifier']),
        });
        return reply.status(202).send({ status });
      } catch (error) {
        if (error instanceof AppError && error.code === 'unauthorized') {
          request.log.warn({ teamId: request.params.teamId, reason: error.message }, 'Jira webhook refused');
        }
        throw error;
      }
    },
  );
};
