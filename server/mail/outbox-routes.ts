import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZOutboundEmail, ZOutboxList, ZOutboxQuery } from '../../shared/mail-schemas.ts';
import type { AppDeps } from '../app.ts';
import { getOutboxEmail } from './get-outbox-email.ts';
import { listOutbox } from './list-outbox.ts';
import { retryEmail } from './retry-email.ts';

const tags = ['mail'];
const ZEmailParams = z.object({ id: z.string().min(1).max(60) });

/** The admin outbox: every composed mail with its delivery state, and a retry for failed ones. */
export const outboxRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/outbox',
    {
      config: { access: 'viewOutbox' },
      schema: {
        tags,
        summary: 'Outbound e-mails, newest first, optionally of one status',
        querystring: ZOutboxQuery,
        response: { 200: ZOutboxList },
      },
    },
    async (request) => listOutbox({ db, query: request.query }),
  );

  app.get(
    '/api/outbox/:id',
    {
      config: { access: 'viewOutbox' },
      schema: {
        tags,
        summary: 'One outbound e-mail with its text body',
        params: ZEmailParams,
        response: { 200: ZOutboundEmail },
      },
    },
    async (request) => getOutboxEmail({ db, id: request.params.id }),
  );

  app.post(
    '/api/outbox/:id/retry',
    {
      config: { access: 'viewOutbox' },
      schema: { tags, summary: 'Queue a failed e-mail again', params: ZEmailParams, response: { 200: ZOutboundEmail } },
    },
    async (request) => retryEmail({ db, id: request.params.id }),
  );
};
