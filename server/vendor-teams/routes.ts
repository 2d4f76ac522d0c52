import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId, ZRoute, ZRoutesInput, ZVendorTeam, ZVendorTeamInput, ZVendorTeamPatch } from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { listVendorRoutes, listVendorTeams, replaceVendorRoutes, saveVendorTeam } from './vendor-team-service.ts';

const tags = ['vendor teams'];

export const vendorTeamRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/vendor-teams',
    { config: { access: 'signed_in' }, schema: { tags, summary: 'Vendor teams', response: { 200: z.array(ZVendorTeam) } } },
    async () => listVendorTeams({ db }),
  );
  app.post(
    '/api/vendor-teams',
    {
      config: { access: 'manageVendorTeams' },
      schema: { tags, summary: 'Create a vendor team', body: ZVendorTeamInput, response: { 201: ZVendorTeam } },
    },
    async (request, reply) => reply.status(201).send(await saveVendorTeam({ db, input: request.body })),
  );
  app.patch(
    '/api/vendor-teams/:id',
    {
      config: { access: 'manageVendorTeams' },
      schema: {
        tags,
        summary: 'Change a vendor team',
        params: z.object({ id: ZId }),
        body: ZVendorTeamPatch,
        response: { 200: ZVendorTeam },
      },
    },
    async (request) => saveVendorTeam({ db, id: request.params.id, input: request.body }),
  );
  app.get(
    '/api/vendor-routes',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'Level-3 routing: module → vendor team', response: { 200: z.array(ZRoute) } },
    },
    async () => listVendorRoutes({ db }),
  );
  app.put(
    '/api/vendor-routes',
    {
      config: { access: 'manageVendorTeams' },
      schema: { tags, summary: 'Replace level-3 routing', body: ZRoutesInput, response: { 200: z.array(ZRoute) } },
    },
    async (request) => replaceVendorRoutes({ db, routes: request.body.routes }),
  );
};
