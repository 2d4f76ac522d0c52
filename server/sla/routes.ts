import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZHelpRequest, ZId, ZUser } from '../../shared/schemas.ts';
import {
  ZBusinessCalendarInput,
  ZOnDutyInput,
  ZRequestSla,
  ZSiteCalendar,
  ZSlaPolicies,
  ZSlaPoliciesInput,
  ZSlaReport,
  ZSlaReportQuery,
} from '../../shared/sla-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { ZRequestParams } from '../requests/routes.ts';
import { acknowledgeCriticalRequest } from './acknowledge-critical-request.ts';
import { getRequestSla } from './get-request-sla.ts';
import { listSlaPolicies } from './list-sla-policies.ts';
import { saveSlaPolicies } from './save-sla-policies.ts';
import { setOnDuty } from './set-on-duty.ts';
import { getSiteCalendar, listSiteCalendars, saveSiteCalendar } from './site-calendars.ts';
import { slaReport } from './sla-report.ts';

const tags = ['sla'];
const ZSiteParams = z.object({ id: ZId });

export const slaRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/sla/policies',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'SLA targets by urgency and level, in business minutes', response: { 200: ZSlaPolicies } },
    },
    async () => ({ policies: await listSlaPolicies({ db }) }),
  );

  app.put(
    '/api/sla/policies',
    {
      config: { access: 'manageSla' },
      schema: {
        tags,
        summary: 'Save targets for some urgency × level pairs',
        body: ZSlaPoliciesInput,
        response: { 200: ZSlaPolicies },
      },
    },
    async (request) => ({ policies: await saveSlaPolicies({ db, policies: request.body.policies }) }),
  );

  app.get(
    '/api/sla/calendars',
    {
      config: { access: 'manageSla' },
      schema: { tags, summary: 'Every site’s business calendar', response: { 200: z.array(ZSiteCalendar) } },
    },
    async () => listSiteCalendars({ db }),
  );

  app.get(
    '/api/sites/:id/calendar',
    {
      config: { access: 'manageSla' },
      schema: { tags, summary: 'A site’s business calendar', params: ZSiteParams, response: { 200: ZSiteCalendar } },
    },
    async (request) => getSiteCalendar({ db, siteId: request.params.id }),
  );

  app.put(
    '/api/sites/:id/calendar',
    {
      config: { access: 'manageSla' },
      schema: {
        tags,
        summary: 'Save a site’s working days, hours, holidays and time zone',
        params: ZSiteParams,
        body: ZBusinessCalendarInput,
        response: { 200: ZSiteCalendar },
      },
    },
    async (request) => saveSiteCalendar({ db, siteId: request.params.id, input: request.body }),
  );

  app.get(
    '/api/sla/report',
    {
      config: { access: 'viewSlaReport' },
      schema: {
        tags,
        summary: 'Met and breached per site, level and month',
        querystring: ZSlaReportQuery,
        response: { 200: ZSlaReport },
      },
    },
    async (request) => slaReport({ db, actor: actorOf(request), ...request.query }),
  );

  app.get(
    '/api/requests/:id/sla',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'A request’s SLA clocks now', params: ZRequestParams, response: { 200: ZRequestSla } },
    },
    async (request) => getRequestSla({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.post(
    '/api/requests/:id/acknowledge',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Acknowledge a critical request (level 2): it stops being pinned',
        params: ZRequestParams,
        response: { 200: ZHelpRequest },
      },
    },
    async (request) => acknowledgeCriticalRequest({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.put(
    '/api/me/on-duty',
    {
      config: { access: 'setOnDuty' },
      schema: { tags, summary: 'Go on or off duty for critical paging', body: ZOnDutyInput, response: { 200: ZUser } },
    },
    async (request) => setOnDuty({ db, actor: actorOf(request), isOnDuty: request.body.isOnDuty }),
  );
};
