import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZCreateKbArticle,
  ZGetKbArticleQuery,
  ZKbArticle,
  ZKbRenderRequest,
  ZKbRenderResponse,
  ZKbVoteRequest,
  ZListKbArticlesQuery,
  ZListKbArticlesResponse,
  ZUpdateKbArticle,
} from '../../shared/kb-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { ZArticleParams } from './article-params.ts';
import { createArticle } from './create-article.ts';
import { getArticle } from './get-article.ts';
import { listArticles } from './list-articles.ts';
import { renderMarkdown } from './markdown/render-markdown.ts';
import { updateArticle } from './update-article.ts';
import { voteOnArticle } from './vote-on-article.ts';

const tags = ['knowledge base'];

export const articleRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/kb/articles',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Articles the caller may read (published; drafts for writers), most recently updated first',
        querystring: ZListKbArticlesQuery,
        response: { 200: ZListKbArticlesResponse },
      },
    },
    async (request) => listArticles({ db, actor: actorOf(request), query: request.query }),
  );

  app.post(
    '/api/kb/articles',
    {
      config: { access: 'draftArticles' },
      schema: {
        tags,
        summary: 'Write an article (a draft unless a publisher sends publish: true)',
        body: ZCreateKbArticle,
        response: { 201: ZKbArticle },
      },
    },
    async (request, reply) => reply.status(201).send(await createArticle({ db, actor: actorOf(request), input: request.body })),
  );

  app.get(
    '/api/kb/articles/:id',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'One article with its rendered body, the caller’s vote and abilities; counts a view',
        params: ZArticleParams,
        querystring: ZGetKbArticleQuery,
        response: { 200: ZKbArticle },
      },
    },
    async (request) =>
      getArticle({ db, actor: actorOf(request), id: request.params.id, countView: request.query.countView === 'true' }),
  );

  app.patch(
    '/api/kb/articles/:id',
    {
      config: { access: 'draftArticles' },
      schema: {
        tags,
        summary: 'Save an edit as a new revision (optional note; baseRevision guards against overwriting)',
        params: ZArticleParams,
        body: ZUpdateKbArticle,
        response: { 200: ZKbArticle },
      },
    },
    async (request) => updateArticle({ db, actor: actorOf(request), id: request.params.id, input: request.body }),
  );

  app.post(
    '/api/kb/articles/:id/vote',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Was this helpful? One vote per person, which they may change',
        params: ZArticleParams,
        body: ZKbVoteRequest,
        response: { 200: ZKbArticle },
      },
    },
    async (request) => voteOnArticle({ db, actor: actorOf(request), id: request.params.id, isHelpful: request.body.helpful }),
  );

  app.post(
    '/api/kb/render',
    {
      config: { access: 'draftArticles' },
      schema: {
        tags,
        summary: 'Render Markdown as the article page would show it (sanitised HTML), for the editor’s preview',
        body: ZKbRenderRequest,
        response: { 200: ZKbRenderResponse },
      },
    },
    async (request) => ({ html: renderMarkdown(request.body.body) }),
  );
};
