import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { KbStatus } from '../../shared/kb-schemas.ts';
import { ZKbArticle } from '../../shared/kb-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { ZArticleParams } from './article-params.ts';
import { setArticleStatus } from './set-article-status.ts';

const tags = ['knowledge base'];

const MOVES: { method: 'POST' | 'DELETE'; url: string; status: KbStatus; summary: string }[] = [
  { method: 'POST', url: '/api/kb/articles/:id/publish', status: 'published', summary: 'Publish (or restore) an article' },
  { method: 'POST', url: '/api/kb/articles/:id/unpublish', status: 'draft', summary: 'Take an article back to draft' },
  {
    method: 'DELETE',
    url: '/api/kb/articles/:id',
    status: 'archived',
    summary: 'Archive an article: hidden from readers, kept for the requests that link to it',
  },
];

export const articleStatusRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  for (const move of MOVES) {
    app.route({
      method: move.method,
      url: move.url,
      config: { access: 'publishArticles' },
      schema: { tags, summary: move.summary, params: ZArticleParams, response: { 200: ZKbArticle } },
      handler: async (request) => setArticleStatus({ db, actor: actorOf(request), id: request.params.id, status: move.status }),
    });
  }
};
