import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZTemplateQuery } from '../../shared/register-schemas.ts';
import type { AppDeps } from '../app.ts';
import { sites } from '../db/schema/index.ts';
import { forbidden, notFound } from '../errors.ts';
import { actorOf } from '../http/access.ts';
import { canImportRegisterAt } from '../policies/register-policy.ts';
import { buildCsvTemplate, buildXlsxTemplate } from './build-register-template.ts';
import { attachmentDisposition, sheetLanguage } from './sheet-language.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const templateRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/register/sites/:siteId/template',
    {
      config: { access: 'importRegister' },
      schema: {
        tags: ['register'],
        summary: 'A register template for a site: XLSX with its lists as dropdowns and instructions, or a CSV header row',
        params: z.object({ siteId: z.string().uuid() }),
        querystring: ZTemplateQuery,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const [site] = await db.select().from(sites).where(eq(sites.id, request.params.siteId));
      if (!site) throw notFound('No such site');
      if (!canImportRegisterAt(actor, site)) throw forbidden(`You may not import requests for ${site.name}`);
      const { format, delimiter } = request.query;
      const language = sheetLanguage(request.query.language, site.languages);
      const name = `register-${site.code}-template.${format}`;
      reply.header('content-disposition', attachmentDisposition(name)).header('cache-control', 'no-store');
      if (format === 'csv') {
        return reply.type('text/csv; charset=utf-8').send(buildCsvTemplate(language, delimiter === 'semicolon' ? ';' : ','));
      }
      return reply.type(XLSX_TYPE).send(await buildXlsxTemplate(site, language));
    },
  );
};
