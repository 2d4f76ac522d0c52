import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCreateUserRequest, ZId, ZResetPasswordResponse, ZUser, ZUserPatch } from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { createUser, listUsers, resetUserPassword, updateUser } from './user-service.ts';

const tags = ['users'];
const params = z.object({ id: ZId });

export const userRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/users',
    { config: { access: 'manageUsers' }, schema: { tags, summary: 'All accounts', response: { 200: z.array(ZUser) } } },
    async () => listUsers({ db }),
  );

  app.post(
    '/api/users',
    {
      config: { access: 'manageUsers' },
      schema: { tags, summary: 'Create an account', body: ZCreateUserRequest, response: { 201: ZUser } },
    },
    async (request, reply) => reply.status(201).send(await createUser({ db, input: request.body })),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: 'manageUsers' },
      schema: { tags, summary: 'Change an account', params, body: ZUserPatch, response: { 200: ZUser } },
    },
    async (request) => updateUser({ db, id: request.params.id, input: request.body }),
  );

  app.post(
    '/api/users/:id/password-reset',
    {
      config: { access: 'manageUsers' },
      schema: { tags, summary: 'Issue a temporary password (shown once)', params, response: { 200: ZResetPasswordResponse } },
    },
    async (request) => resetUserPassword({ db, id: request.params.id }),
  );
};
