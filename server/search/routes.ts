import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZDeflectionResponse,
  ZSearchQuery,
  ZSearchResponse,
  ZSuggestionOpens,
  ZSuggestionsQuery,
  ZSuggestionsResponse,
} from '../../shared/search-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { ZRequestParams } from '../requests/routes.ts';
import { deflectionBySite, recordSuggestionOpens } from './deflection.ts';
import { searchAll } from './search-all.ts';
import { suggest } from './suggest.ts';

const tags = ['search'];

export const searchRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/search',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'One search over articles, community topics and the requests the caller may see',
        querystring: ZSearchQuery,
        response: { 200: ZSearchResponse },
      },
    },
    async (request) => searchAll({ db, actor: actorOf(request), query: request.query }),
  );

  app.get(
    '/api/search/suggestions',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Suggestions while a request summary is typed: articles, solved requests, topics',
        querystring: ZSuggestionsQuery,
        response: { 200: ZSuggestionsResponse },
      },
    },
    async (request) => suggest({ db, actor: actorOf(request), ...request.query }),
  );

  app.post(
    '/api/requests/:id/suggestion-opens',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Record the suggestions opened while this request was written (for the deflection rate)',
        params: ZRequestParams,
        body: ZSuggestionOpens,
        response: { 201: z.object({ recorded: z.number() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordSuggestionOpens({ db, actor: actorOf(request), requestId: request.params.id, opens: request.body.opens }),
        ),
  );

  app.get(
    '/api/stats/deflection',
    {
      config: { access: 'viewRegister' },
      schema: {
        tags,
        summary: 'Per site: requests resolved at level 1 after a suggestion was opened',
        response: { 200: ZDeflectionResponse },
      },
    },
    async (request) => deflectionBySite({ db, actor: actorOf(request) }),
  );
};
