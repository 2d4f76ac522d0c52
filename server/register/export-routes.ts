import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZExportProgress, ZExportQuery } from '../../shared/register-schemas.ts';
import type { AppDeps } from '../app.ts';
import { registerExports } from '../db/schema/index.ts';
import { notFound } from '../errors.ts';
import { actorOf } from '../http/access.ts';
import { attachmentDisposition, sheetLanguage } from './sheet-language.ts';
import { streamExport } from './stream-export.ts';

const tags = ['register'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const exportRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/register/export',
    {
      config: { access: 'exportRegister' },
      schema: {
        tags,
        summary: 'The register (the list’s filters, the caller’s scope) as a streamed XLSX or CSV file',
        querystring: ZExportQuery,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const query = request.query;
      const exportId = query.exportId ?? randomUUID();
      const language = sheetLanguage(query.language);
      const { stream, rowsTotal } = await streamExport({ db, actor, query, exportId, language });
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-disposition', attachmentDisposition(`register-${day}.${query.format}`))
        .header('cache-control', 'no-store')
        .header('x-export-id', exportId)
        .header('x-export-rows', String(rowsTotal))
        .type(query.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
        .send(stream);
    },
  );

  app.get(
    '/api/register/exports/:id',
    {
      config: { access: 'exportRegister' },
      schema: {
        tags,
        summary: 'How far the caller’s export has got (rows written of the total)',
        params: z.object({ id: z.string().uuid() }),
        response: { 200: ZExportProgress },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const [row] = await db
        .select()
        .from(registerExports)
        .where(and(eq(registerExports.id, request.params.id), eq(registerExports.createdById, actor.id)));
      if (!row) throw notFound('No such export');
      return {
        id: row.id,
        status: row.status as 'running' | 'done' | 'failed',
        format: row.format as 'xlsx' | 'csv',
        rowsTotal: row.rowsTotal,
        rowsDone: row.rowsDone,
        createdAt: row.createdAt.toISOString(),
        finishedAt: row.finishedAt?.toISOString() ?? null,
      };
    },
  );
};
