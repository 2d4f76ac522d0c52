import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZListNotificationsQuery,
  ZListNotificationsResponse,
  ZNotification,
  ZUnreadCount,
} from '../../shared/community-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { countUnread } from './count-unread.ts';
import { listNotifications } from './list-notifications.ts';
import { markAllRead } from './mark-all-read.ts';
import { markRead } from './mark-read.ts';

const tags = ['notifications'];

/** In-app notifications; everyone sees only their own. */
export const notificationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/notifications',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'The caller’s notifications, latest first, with the unread count',
        querystring: ZListNotificationsQuery,
        response: { 200: ZListNotificationsResponse },
      },
    },
    async (request) => listNotifications({ db, actor: actorOf(request), query: request.query }),
  );

  app.get(
    '/api/notifications/unread-count',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'How many of the caller’s notifications are unread', response: { 200: ZUnreadCount } },
    },
    async (request) => ({ unreadCount: await countUnread(db, actorOf(request).id) }),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Mark one notification read',
        params: z.object({ id: z.string().min(1).max(60) }),
        response: { 200: ZNotification },
      },
    },
    async (request) => markRead({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'Mark all of the caller’s notifications read', response: { 200: ZUnreadCount } },
    },
    async (request) => markAllRead({ db, actor: actorOf(request) }),
  );
};
