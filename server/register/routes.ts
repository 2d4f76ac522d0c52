import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../app.ts';
import { exportRoutes } from './export-routes.ts';
import { importRoutes } from './import-routes.ts';
import { templateRoutes } from './template-routes.ts';

/** The spreadsheet register: templates, imports with preview, exports. */
export const registerSheetRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  await app.register(importRoutes, deps);
  await app.register(exportRoutes, deps);
  await app.register(templateRoutes, deps);
};
