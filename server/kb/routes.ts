import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app.ts';
import { articleAttachmentRoutes } from './article-attachment-routes.ts';
import { articleRoutes } from './article-routes.ts';
import { articleStatusRoutes } from './article-status-routes.ts';
import { requestArticleRoutes } from './request-article-routes.ts';
import { revisionRoutes } from './revision-routes.ts';

/** The knowledge base ("Support Hub"): articles, their history, files, votes and links to requests. */
export const kbRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  await app.register(articleRoutes, deps);
  await app.register(articleStatusRoutes, deps);
  await app.register(revisionRoutes, deps);
  await app.register(articleAttachmentRoutes, deps);
  await app.register(requestArticleRoutes, deps);
};
