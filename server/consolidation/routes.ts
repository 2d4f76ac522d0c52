import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZConsolidatedCounts,
  ZConsolidatedList,
  ZConsolidatedQuery,
  ZDismissDuplicate,
  ZDuplicatePair,
  ZDuplicatePairList,
  ZDuplicatePairsQuery,
  ZMergeRequests,
} from '../../shared/consolidation-schemas.ts';
import { ZHelpRequest, ZId } from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { ZRequestParams } from '../requests/routes.ts';
import { countConsolidated } from './count-consolidated.ts';
import { dismissDuplicate } from './dismiss-duplicate.ts';
import { listConsolidated } from './list-consolidated.ts';
import { listDuplicatePairs } from './list-duplicate-pairs.ts';
import { listRequestDuplicates } from './list-request-duplicates.ts';
import { mergeRequests } from './merge-requests.ts';

const tags = ['consolidation'];

export const consolidationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get(
    '/api/consolidated/requests',
    {
      config: { access: 'viewConsolidatedRegister' },
      schema: {
        tags,
        summary: 'The central register across the caller’s sites with each row’s source and possible-duplicate count',
        querystring: ZConsolidatedQuery,
        response: { 200: ZConsolidatedList },
      },
    },
    async (request) => listConsolidated({ db, actor: actorOf(request), query: request.query }),
  );

  app.get(
    '/api/consolidated/counts',
    {
      config: { access: 'viewConsolidatedRegister' },
      schema: {
        tags,
        summary: 'Counts per site and per source (and channel), with the number of open possible-duplicate pairs',
        querystring: ZConsolidatedQuery,
        response: { 200: ZConsolidatedCounts },
      },
    },
    async (request) => countConsolidated({ db, actor: actorOf(request), query: request.query }),
  );

  app.get(
    '/api/duplicates',
    {
      config: { access: 'viewConsolidatedRegister' },
      schema: {
        tags,
        summary: 'Open possible-duplicate pairs where the caller sees both requests, newest first',
        querystring: ZDuplicatePairsQuery,
        response: { 200: ZDuplicatePairList },
      },
    },
    async (request) => listDuplicatePairs({ db, actor: actorOf(request), query: request.query }),
  );

  app.post(
    '/api/duplicates/:id/dismiss',
    {
      config: { access: 'viewConsolidatedRegister' },
      schema: {
        tags,
        summary: '"Not a duplicate": the pair stays dismissed; both requests record it (internal)',
        params: z.object({ id: ZId }),
        body: ZDismissDuplicate,
        response: { 200: z.object({ status: z.literal('dismissed') }) },
      },
    },
    async (request) =>
      dismissDuplicate({ db, actor: actorOf(request), candidateId: request.params.id, reason: request.body.reason }),
  );

  app.get(
    '/api/requests/:id/duplicates',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Open possible duplicates of this request the caller may see, with what they may do about each',
        params: ZRequestParams,
        response: { 200: z.object({ items: z.array(ZDuplicatePair) }) },
      },
    },
    async (request) => ({ items: await listRequestDuplicates({ db, actor: actorOf(request), id: request.params.id }) }),
  );

  app.post(
    '/api/requests/:id/merge',
    {
      config: { access: 'viewConsolidatedRegister' },
      schema: {
        tags,
        summary:
          'Merge `duplicateRequestId` into this request: the duplicate is closed as merged, timelines and attachments read as one',
        params: ZRequestParams,
        body: ZMergeRequests,
        response: { 200: ZHelpRequest },
      },
    },
    async (request) =>
      mergeRequests({
        db,
        actor: actorOf(request),
        id: request.params.id,
        duplicateRequestId: request.body.duplicateRequestId,
        reason: request.body.reason,
        mail: config,
      }),
  );
};
