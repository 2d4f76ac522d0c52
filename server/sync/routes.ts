import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZSyncRequest, ZSyncResponse } from '../../shared/sync-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { syncChanges } from './sync-changes.ts';

const tags = ['sync'];

export const syncRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.post(
    '/api/sync',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary:
          'Send requests, comments and changes made offline, each under its clientId: a retry never applies one twice; fields the server changed meanwhile keep the server value (offline_conflict event)',
        body: ZSyncRequest,
        response: { 200: ZSyncResponse },
      },
    },
    async (request) => ({ results: await syncChanges({ db, actor: actorOf(request), input: request.body, mail: config }) }),
  );
};
