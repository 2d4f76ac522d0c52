import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZKbDiff, ZKbDiffQuery, ZKbRevisionList } from '../../shared/kb-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { ZArticleParams } from './article-params.ts';
import { diffRevisions } from './diff-revisions.ts';
import { listRevisions } from './list-revisions.ts';

const tags = ['knowledge base'];

export const revisionRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/kb/articles/:id/revisions',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'Every saved version, newest first', params: ZArticleParams, response: { 200: ZKbRevisionList } },
    },
    async (request) => ({ items: await listRevisions({ db, actor: actorOf(request), id: request.params.id }) }),
  );

  app.get(
    '/api/kb/articles/:id/diff',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Line diff between two revisions (?from=1&to=2)',
        params: ZArticleParams,
        querystring: ZKbDiffQuery,
        response: { 200: ZKbDiff },
      },
    },
    async (request) =>
      diffRevisions({ db, actor: actorOf(request), id: request.params.id, from: request.query.from, to: request.query.to }),
  );
};
