import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZImportRowsQuery, ZImportRowsResponse, ZRegisterImport, ZUploadImportQuery } from '../../shared/register-schemas.ts';
import type { AppDeps } from '../app.ts';
import { AppError } from '../errors.ts';
import { actorOf } from '../http/access.ts';
import { confirmImport } from './confirm-import.ts';
import { listImportRows } from './list-import-rows.ts';
import { loadImport } from './load-import.ts';
import { presentImport } from './present-import.ts';
import { readImportUpload } from './read-import-upload.ts';
import { startImport } from './start-import.ts';

const tags = ['register'];
const ZImportParams = z.object({ id: z.string().uuid() });

export const importRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.post(
    '/api/register/imports',
    {
      config: { access: 'importRegister' },
      schema: {
        tags,
        summary: 'Upload a filled register sheet (XLSX or CSV, multipart `file`) and get its preview; nothing is written yet',
        querystring: ZUploadImportQuery,
        response: { 201: ZRegisterImport },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const file = await readImportUpload(request, config.maxImportBytes);
      const preview = await startImport({ db, actor, ...file, ...request.query });
      if (preview.status === 'failed') {
        const problems = preview.fileErrors.map((problem) => ({
          field: 'file',
          message: [problem.row ? `row ${problem.row}` : null, problem.column, problem.message].filter(Boolean).join(', '),
        }));
        throw new AppError('invalid', `This file cannot be imported: ${problems[0]?.message ?? 'it could not be read'}`, {
          errors: problems,
          extensions: { importId: preview.id, fileErrors: preview.fileErrors },
        });
      }
      return reply.status(201).send(preview);
    },
  );

  app.get(
    '/api/register/imports/:id',
    {
      config: { access: 'importRegister' },
      schema: {
        tags,
        summary: 'An import: progress while analysed, then its preview',
        params: ZImportParams,
        response: { 200: ZRegisterImport },
      },
    },
    async (request) => presentImport(db, await loadImport(db, actorOf(request), request.params.id)),
  );

  app.get(
    '/api/register/imports/:id/rows',
    {
      config: { access: 'importRegister' },
      schema: {
        tags,
        summary: 'The preview row by row: create, update (with each change), unchanged or error (with why)',
        params: ZImportParams,
        querystring: ZImportRowsQuery,
        response: { 200: ZImportRowsResponse },
      },
    },
    async (request) => {
      const upload = await loadImport(db, actorOf(request), request.params.id);
      return listImportRows({ db, importId: upload.id, ...request.query });
    },
  );

  app.post(
    '/api/register/imports/:id/confirm',
    {
      config: { access: 'importRegister' },
      schema: {
        tags,
        summary:
          'Apply the previewed import (all rows or none, in one transaction) in a background job: 202 while applying, 200 once applied; poll GET /api/register/imports/:id',
        params: ZImportParams,
        response: { 200: ZRegisterImport, 202: ZRegisterImport },
      },
    },
    async (request, reply) => {
      const upload = await confirmImport({ db, actor: actorOf(request), id: request.params.id });
      return reply.status(upload.status === 'applied' ? 200 : 202).send(upload);
    },
  );
};
