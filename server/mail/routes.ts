import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app.ts';
import { mailboxRoutes } from './inbound/mailbox-routes.ts';
import { outboxRoutes } from './outbox-routes.ts';
import { preferenceRoutes } from './preference-routes.ts';
import { unsubscribeRoutes } from './unsubscribe-routes.ts';

/** E-mail: the admin outbox, notification preferences and one-click unsubscribe. */
export const mailRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  await app.register(outboxRoutes, deps);
  await app.register(preferenceRoutes, deps);
  await app.register(unsubscribeRoutes, deps);
  await app.register(mailboxRoutes, deps);
};
