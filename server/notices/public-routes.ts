import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZNoticeReceipt, ZPublicStatus } from '../../shared/notice-schemas.ts';
import type { AppDeps } from '../app.ts';
import { getPublicStatus } from './get-public-status.ts';
import { openNoticeReceipt } from './open-notice-receipt.ts';
import { readerLanguage, ZLanguageQuery } from './reader-language.ts';
import { siteMaintenanceCalendar } from './site-maintenance-calendar.ts';

const tags = ['public status'];
// The token travels in the query string or body, never the path: request logs keep paths.
const ZToken = z.object({ token: z.string().min(1).max(200) });

/** Pages without sign-in: the status page, each site's calendar feed, and the signed links in notice mails. */
export const noticePublicRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get(
    '/api/public/status',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Scheduled and ongoing maintenance per site',
        querystring: ZLanguageQuery,
        security: [],
        response: { 200: ZPublicStatus },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return getPublicStatus({ db, language: readerLanguage(request) });
    },
  );

  app.get(
    '/api/public/sites/:code/maintenance.ics',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A site’s maintenance windows as an iCalendar feed (RFC 5545)',
        params: z.object({ code: z.string().min(1).max(20) }),
        security: [],
      },
    },
    async (request, reply) => {
      const body = await siteMaintenanceCalendar({ db, config, siteCode: request.params.code });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header(
          'content-disposition',
          `inline; filename="${request.params.code.toLowerCase().replace(/[^a-z0-9-]/g, '')}-maintenance.ics"`,
        )
        .header('cache-control', 'public, max-age=300')
        .send(body);
    },
  );

  app.get(
    '/api/public/notice-receipt',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The notice behind a mail’s signed link; records that it was opened',
        querystring: ZToken,
        security: [],
        response: { 200: ZNoticeReceipt },
      },
    },
    async (request) => openNoticeReceipt({ db, config, token: request.query.token, acknowledge: false }),
  );

  app.post(
    '/api/public/notice-receipt/acknowledge',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Confirm having read the notice behind a mail’s signed link',
        body: ZToken,
        security: [],
        response: { 200: ZNoticeReceipt },
      },
    },
    async (request) => openNoticeReceipt({ db, config, token: request.body.token, acknowledge: true }),
  );
};
