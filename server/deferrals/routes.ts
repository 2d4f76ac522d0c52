import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZDeferralDecisionInput, ZDeferralProposal, ZProposeDeferral } from '../../shared/release-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { ZRequestParams } from '../requests/routes.ts';
import { decideDeferral } from './decide-deferral.ts';
import { listPendingDeferrals } from './list-pending-deferrals.ts';
import { proposeDeferral } from './propose-deferral.ts';

const tags = ['deferrals'];

export const deferralRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.post(
    '/api/requests/:id/deferrals',
    {
      config: { access: 'proposeDeferral' },
      schema: {
        tags,
        summary: 'Propose deferring a non-critical request to a planned or in-testing release (help desk)',
        params: ZRequestParams,
        body: ZProposeDeferral,
        response: { 201: ZDeferralProposal },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await proposeDeferral({ db, actor: actorOf(request), id: request.params.id, input: request.body })),
  );

  app.get(
    '/api/deferrals/pending',
    {
      config: { access: 'decideDeferrals' },
      schema: {
        tags,
        summary: 'Proposals waiting for the caller’s decision (help desk, or module coordinator for their modules)',
        response: { 200: z.object({ items: z.array(ZDeferralProposal) }) },
      },
    },
    async (request) => ({ items: await listPendingDeferrals({ db, actor: actorOf(request) }) }),
  );

  app.post(
    '/api/deferrals/:id/decisions',
    {
      config: { access: 'decideDeferrals' },
      schema: {
        tags,
        summary: 'Approve or reject a proposal, with a comment; both parties’ approval defers the request',
        params: z.object({ id: z.string().min(1).max(60) }),
        body: ZDeferralDecisionInput,
        response: { 200: ZDeferralProposal },
      },
    },
    async (request) =>
      decideDeferral({ db, actor: actorOf(request), proposalId: request.params.id, input: request.body, mail: config }),
  );
};
