import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZChangePasswordRequest, ZLoginRequest, ZMe } from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { users } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { actorOf } from '../http/access.ts';
import { globalAbilities } from '../policies/global-policy.ts';
import { presentUser, toActor } from '../users/present-user.ts';
import { verifyLogin } from './login.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { createSession, deleteSession, deleteUserSessions, SESSION_COOKIE } from './sessions.ts';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const isSecure = (request: FastifyRequest) =>
    config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure === 'true';

  const setSessionCookie = (request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: isSecure(request),
      path: '/',
      expires: expiresAt,
    });

  const loadMe = async (userId: string, csrfToken: string) => {
    const [row] = await db.select().from(users).where(eq(users.id, userId));
    if (!row) throw new AppError('unauthorized', 'Sign in first');
    return { user: presentUser(row), csrfToken, abilities: globalAbilities(toActor(row)) };
  };

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Sign in', body: ZLoginRequest, response: { 200: ZMe }, security: [] },
    },
    async (request, reply) => {
      const user = await verifyLogin({ db, ...request.body, ip: request.ip });
      const session = await createSession({ db, userId: user.id, days: config.sessionDays });
      setSessionCookie(request, reply, session.token, session.expiresAt);
      return loadMe(user.id, session.csrfToken);
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'signed_in' }, schema: { tags, summary: 'Sign out' } },
    async (request, reply) => {
      if (request.session) await deleteSession({ db, tokenHash: request.session.tokenHash });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/me',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'The signed-in user, their CSRF token and abilities', response: { 200: ZMe } },
    },
    async (request) => {
      const actor = actorOf(request);
      return loadMe(actor.id, request.session?.csrfToken ?? '');
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Change my password (signs out my other sessions)',
        body: ZChangePasswordRequest,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const [row] = await db.select().from(users).where(eq(users.id, actor.id));
      if (!row || !(await verifyPassword(row.passwordHash, request.body.currentPassword))) {
        throw new AppError('invalid', 'The current password is wrong', {
          errors: [{ field: 'currentPassword', message: 'is wrong' }],
        });
      }
      await db
        .update(users)
        .set({ passwordHash: await hashPassword(request.body.newPassword), mustChangePassword: false })
        .where(eq(users.id, actor.id));
      await deleteUserSessions({ db, userId: actor.id, exceptTokenHash: request.session?.tokenHash });
      return reply.status(204).send(null);
    },
  );
};
