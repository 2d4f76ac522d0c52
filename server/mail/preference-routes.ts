import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZNotificationPreferences, ZUpdateNotificationPreferences } from '../../shared/mail-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { getNotificationPreferences } from './get-notification-preferences.ts';
import { updateNotificationPreferences } from './update-notification-preferences.ts';

const tags = ['mail'];
const path = '/api/me/notification-preferences';

/** Each person's choice per notification kind: immediate, daily digest or off. */
export const preferenceRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    path,
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'The caller’s e-mail notification preferences', response: { 200: ZNotificationPreferences } },
    },
    async (request) => getNotificationPreferences({ db, userId: actorOf(request).id }),
  );

  app.put(
    path,
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Change the caller’s e-mail notification preferences (kinds not given keep theirs)',
        body: ZUpdateNotificationPreferences,
        response: { 200: ZNotificationPreferences },
      },
    },
    async (request) => updateNotificationPreferences({ db, userId: actorOf(request).id, preferences: request.body.preferences }),
  );
};
