import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCreateRelease,
  ZListReleasesQuery,
  ZListReleasesResponse,
  ZRelease,
  ZReleaseSummary,
  ZRequestReleaseInfo,
  ZSetCodeChange,
  ZUpdateRelease,
} from '../../shared/release-schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { ZRequestParams } from '../requests/routes.ts';
import { createRelease } from './create-release.ts';
import { getRelease } from './get-release.ts';
import { getRequestReleaseInfo } from './get-request-release-info.ts';
import { listReleases } from './list-releases.ts';
import { setCodeChange } from './set-code-change.ts';
import { shipRelease } from './ship-release.ts';
import { updateRelease } from './update-release.ts';

const tags = ['releases'];
const ZReleaseParams = z.object({ id: z.string().min(1).max(60) });

export const releaseRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/releases',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Maintenance releases, latest planned first',
        querystring: ZListReleasesQuery,
        response: { 200: ZListReleasesResponse },
      },
    },
    async (request) => listReleases({ db, actor: actorOf(request), query: request.query }),
  );

  app.post(
    '/api/releases',
    {
      config: { access: 'manageReleases' },
      schema: { tags, summary: 'Plan a release of a module', body: ZCreateRelease, response: { 201: ZReleaseSummary } },
    },
    async (request, reply) => reply.status(201).send(await createRelease({ db, actor: actorOf(request), input: request.body })),
  );

  app.get(
    '/api/releases/:id',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary:
          'One release with its sanitised notes, the requests it fixes and its deferral backlog (those the caller may see)',
        params: ZReleaseParams,
        response: { 200: ZRelease },
      },
    },
    async (request) => getRelease({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.patch(
    '/api/releases/:id',
    {
      config: { access: 'manageReleases' },
      schema: {
        tags,
        summary: 'Edit version, planned date, notes, or move between planned and in testing',
        params: ZReleaseParams,
        body: ZUpdateRelease,
        response: { 200: ZReleaseSummary },
      },
    },
    async (request) => updateRelease({ db, actor: actorOf(request), id: request.params.id, input: request.body }),
  );

  app.post(
    '/api/releases/:id/ship',
    {
      config: { access: 'manageReleases' },
      schema: {
        tags,
        summary: 'Ship a release in testing: a job updates and notifies every request it carries',
        params: ZReleaseParams,
        response: { 200: ZReleaseSummary },
      },
    },
    async (request) => shipRelease({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.get(
    '/api/requests/:id/release',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'The request’s code change, release and deferral proposals, with what the caller may do',
        params: ZRequestParams,
        response: { 200: ZRequestReleaseInfo },
      },
    },
    async (request) => getRequestReleaseInfo({ db, actor: actorOf(request), id: request.params.id }),
  );

  app.put(
    '/api/requests/:id/code-change',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Record a level-3 request’s code change link and the release carrying it',
        params: ZRequestParams,
        body: ZSetCodeChange,
        response: { 200: ZRequestReleaseInfo },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await setCodeChange({ db, actor, id: request.params.id, input: request.body });
      return getRequestReleaseInfo({ db, actor, id: request.params.id });
    },
  );
};
