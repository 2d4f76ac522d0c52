import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId, ZSite, ZSiteInput, ZSitePatch } from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { createSite, listSites, updateSite } from './site-service.ts';

const tags = ['sites'];

export const siteRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/sites',
    { config: { access: 'signed_in' }, schema: { tags, summary: 'Sites the caller may see', response: { 200: z.array(ZSite) } } },
    async (request) => listSites({ db, actor: actorOf(request) }),
  );

  app.post(
    '/api/sites',
    { config: { access: 'manageSites' }, schema: { tags, summary: 'Create a site', body: ZSiteInput, response: { 201: ZSite } } },
    async (request, reply) => reply.status(201).send(await createSite({ db, input: request.body })),
  );

  app.patch(
    '/api/sites/:id',
    {
      config: { access: 'manageSites' },
      schema: { tags, summary: 'Change a site', params: z.object({ id: ZId }), body: ZSitePatch, response: { 200: ZSite } },
    },
    async (request) => updateSite({ db, id: request.params.id, input: request.body }),
  );
};
