import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZJiraConnection, ZJiraConnectionInput, ZJiraSyncState, ZJiraTestResult } from '../../shared/jira-schemas.ts';
import { ZId } from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { deleteJiraConnection } from './delete-jira-connection.ts';
import { getJiraConnection } from './get-jira-connection.ts';
import { listJiraSyncStates } from './list-jira-sync-states.ts';
import { resyncJiraTeam } from './resync-jira-team.ts';
import { saveJiraConnection } from './save-jira-connection.ts';
import { testJiraConnection } from './test-jira-connection.ts';

const tags = ['jira'];
const params = z.object({ id: ZId });
// Every route here shows or changes integration settings: platform admins only.
const access = 'manageVendorTeams' as const;

export const jiraConnectionRoutes: FastifyPluginAsyncZod<AppDeps & { jiraTimeoutMs?: number }> = async (app, deps) => {
  const { db, config } = deps;
  app.get(
    '/api/vendor-teams/:id/jira',
    {
      config: { access },
      schema: {
        tags,
        summary: 'A team’s Jira connection (secrets only as “set”), or null',
        params,
        response: { 200: ZJiraConnection.nullable() },
      },
    },
    async (request) => getJiraConnection({ db, vendorTeamId: request.params.id }),
  );
  app.put(
    '/api/vendor-teams/:id/jira',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Create or replace a team’s Jira connection; omitted secrets are kept',
        params,
        body: ZJiraConnectionInput,
        response: { 200: ZJiraConnection },
      },
    },
    async (request) => saveJiraConnection({ db, config, vendorTeamId: request.params.id, input: request.body }),
  );
  app.delete(
    '/api/vendor-teams/:id/jira',
    { config: { access }, schema: { tags, summary: 'Disconnect a team from Jira (back to the internal vendor queue)', params } },
    async (request, reply) => {
      await deleteJiraConnection({ db, vendorTeamId: request.params.id });
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/vendor-teams/:id/jira/test',
    {
      config: { access },
      schema: {
        tags,
        summary:
          'Check credentials, project, issue type and required fields of the saved connection, or of `draft` (settings not saved yet; an omitted token is the stored one while the address is unchanged)',
        params,
        body: z.object({ draft: ZJiraConnectionInput.optional() }),
        response: { 200: ZJiraTestResult },
      },
    },
    async (request) =>
      testJiraConnection({
        db,
        config,
        vendorTeamId: request.params.id,
        draft: request.body.draft,
        timeoutMs: deps.jiraTimeoutMs,
      }),
  );
  app.post(
    '/api/vendor-teams/:id/jira/resync',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Poll now and retry the issues that failed or wait',
        params,
        response: { 202: z.object({ retried: z.number(), queued: z.number() }) },
      },
    },
    async (request, reply) => reply.status(202).send(await resyncJiraTeam({ db, vendorTeamId: request.params.id })),
  );
  app.get(
    '/api/jira/sync-states',
    {
      config: { access },
      schema: { tags, summary: 'Each connected team’s sync state', response: { 200: z.array(ZJiraSyncState) } },
    },
    async () => listJiraSyncStates({ db }),
  );
};
