import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZKbArticle, ZLinkArticleRequest, ZRequestKbArticles, ZTurnIntoArticleRequest } from '../../shared/kb-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { ZRequestParams } from '../requests/routes.ts';
import { ZArticleParams } from './article-params.ts';
import { linkArticleToRequest } from './link-article-to-request.ts';
import { listRequestArticles } from './list-request-articles.ts';
import { turnRequestIntoArticle } from './turn-request-into-article.ts';

const tags = ['knowledge base'];

export const requestArticleRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/requests/:id/kb-articles',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Articles linked to a request (those the caller may read), and whether they may add one',
        params: ZRequestParams,
        response: { 200: ZRequestKbArticles },
      },
    },
    async (request) => listRequestArticles({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.post(
    '/api/requests/:id/kb-article',
    {
      config: { access: 'draftArticles' },
      schema: {
        tags,
        summary:
          'Turn a resolved or closed request into a draft article, linked to it. Likely case data answers 422 with `findings` and `draft` unless confirmRedaction is true.',
        params: ZRequestParams,
        body: ZTurnIntoArticleRequest,
        response: { 201: ZKbArticle },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await turnRequestIntoArticle({ db, actor: actorOf(request), id: request.params.id, input: request.body })),
  );

  app.post(
    '/api/kb/articles/:id/requests',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: '“This article helped”: link the article to a request the caller works (201 new, 200 already linked)',
        params: ZArticleParams,
        body: ZLinkArticleRequest,
        response: { 200: ZRequestKbArticles, 201: ZRequestKbArticles },
      },
    },
    async (request, reply) => {
      const result = await linkArticleToRequest({
        db,
        actor: actorOf(request),
        articleId: request.params.id,
        requestId: request.body.requestId,
      });
      return reply.status(result.isNew ? 201 : 200).send(result.articles);
    },
  );
};
