import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findSession, SESSION_COOKIE, type SessionContext } from '../auth/sessions.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { can, type GlobalPermission } from '../policies/global-policy.ts';

/**
 * What a route requires before its handler runs. Object-level rules (scope, per-request
 * abilities) are then checked by the services through the policies.
 */
export type RouteAccess = 'public' | 'signed_in' | GlobalPermission;

export type AccessEntry = { method: string; url: string; access: RouteAccess };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    session: SessionContext | null;
  }
  interface FastifyInstance {
    /** Every API route with its declared access, for the access test and the docs. */
    accessTable: AccessEntry[];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in actor; only call from routes whose access is not 'public'. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.session) throw new AppError('unauthorized', 'Sign in first');
  return request.session.actor;
}

/** Loads the session from the cookie, then enforces each route's declared access and CSRF. */
export function registerAccessControl(app: FastifyInstance, db: Database) {
  app.decorateRequest('session', null);
  const accessTable: AccessEntry[] = [];
  app.decorate('accessTable', accessTable);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access rule`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') accessTable.push({ method, url: route.url, access });
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!request.url.startsWith('/api/')) return;
    if (!access) throw new AppError('forbidden', 'This route declares no access rule');
    const token = request.cookies[SESSION_COOKIE];
    request.session = token ? await findSession({ db, token }) : null;
    if (access === 'public') return;
    if (!request.session) throw new AppError('unauthorized', 'Sign in first');
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== request.session.csrfToken) {
      throw new AppError('forbidden', 'Missing or wrong X-CSRF-Token header');
    }
    if (access !== 'signed_in' && !can(request.session.actor, access)) {
      throw new AppError('forbidden', 'Your role may not do this');
    }
  });
}
