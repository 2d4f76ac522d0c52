import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { authRoutes } from './auth/routes.ts';
import { communityRoutes } from './community/routes.ts';
import type { Config } from './config.ts';
import { consolidationRoutes } from './consolidation/routes.ts';
import type { Database } from './db/client.ts';
import { deferralRoutes } from './deferrals/routes.ts';
import { escalationRoutes } from './escalation/routes.ts';
import { registerAccessControl } from './http/access.ts';
import { registerProblemHandler } from './http/problem.ts';
import { jiraConnectionRoutes } from './jira/connection-routes.ts';
import { requestJiraRoutes } from './jira/request-jira-routes.ts';
import { jiraWebhookRoutes } from './jira/webhook-routes.ts';
import { kbRoutes } from './kb/routes.ts';
import { mailRoutes } from './mail/routes.ts';
import { noticePublicRoutes } from './notices/public-routes.ts';
import { noticeRoutes } from './notices/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { registerSheetRoutes } from './register/routes.ts';
import { releaseRoutes } from './releases/routes.ts';
import { attachmentRoutes } from './requests/attachment-routes.ts';
import { requestRoutes } from './requests/routes.ts';
import { searchRoutes } from './search/routes.ts';
import { siteRoutes } from './sites/routes.ts';
import { slaRoutes } from './sla/routes.ts';
import { syncRoutes } from './sync/routes.ts';
import { userRoutes } from './users/routes.ts';
import { vendorTeamRoutes } from './vendor-teams/routes.ts';

export type AppDeps = { db: Database; config: Config };

const webDist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'web', 'dist');

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            // Bodies are never logged (they may carry case data); nor cookies or CSRF tokens, nor
            // query strings (a search or a filter may name a person).
            redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
            serializers: {
              req: (request: { method: string; url: string; ip?: string }) => ({
                method: request.method,
                url: request.url.split('?')[0],
                remoteAddress: request.ip,
              }),
            },
          },
    trustProxy: true,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandler(app, { spaIndex: existsSync(webDist) ? 'index.html' : null });

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.maxAttachmentBytes, files: 1 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Support Hub API',
        version: '0.1.0',
        description:
          'Tiered help-request register and escalation. Sign in with POST /api/auth/login; send the returned csrfToken as X-CSRF-Token on every write.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sh_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  registerAccessControl(app, deps.db);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }));

  await app.register(authRoutes, deps);
  await app.register(siteRoutes, deps);
  await app.register(userRoutes, deps);
  await app.register(vendorTeamRoutes, deps);
  await app.register(requestRoutes, deps);
  await app.register(attachmentRoutes, deps);
  await app.register(escalationRoutes, deps);
  await app.register(kbRoutes, deps);
  await app.register(communityRoutes, deps);
  await app.register(notificationRoutes, deps);
  await app.register(searchRoutes, deps);
  await app.register(mailRoutes, deps);
  await app.register(syncRoutes, deps);
  await app.register(noticeRoutes, deps);
  await app.register(noticePublicRoutes, deps);
  await app.register(releaseRoutes, deps);
  await app.register(deferralRoutes, deps);
  await app.register(slaRoutes, deps);
  await app.register(registerSheetRoutes, deps);
  await app.register(consolidationRoutes, deps);
  await app.register(jiraConnectionRoutes, deps);
  await app.register(requestJiraRoutes, deps);
  await app.register(jiraWebhookRoutes, deps);

  if (existsSync(webDist)) {
    // Files are looked up on each request, so a rebuilt client is served without a restart;
    // any other page path gets index.html and the client router takes over.
    await app.register(fastifyStatic, { root: webDist, wildcard: true, index: false });
  }
  return app;
}
