import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { toMailLocale } from './mail-locale.ts';
import { unsubscribePage } from './templates/unsubscribe-page.ts';
import { type UnsubscribeOutcome, unsubscribe } from './unsubscribe.ts';
import { notificationSettingsUrl } from './unsubscribe-url.ts';

const tags = ['mail'];
const ZTokenQuery = z.object({ token: z.string().max(300).default('') });

/**
 * One-click unsubscribe from a mail: a GET from the link in the footer, or the RFC 8058 POST
 * (`List-Unsubscribe=One-Click`) mail providers send. Public: the signed token is the permission.
 * Logged at warn level only, so the token in the URL never reaches the request log.
 */
export const unsubscribeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  // Only in this plugin's scope: the one-click POST is a form, not JSON.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  const answer = (reply: FastifyReply, outcome: UnsubscribeOutcome, acceptLanguage: string | undefined) =>
    reply
      .status(outcome ? 200 : 400)
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8')
      .send(
        unsubscribePage({
          locale: outcome?.locale ?? toMailLocale(acceptLanguage),
          kind: outcome?.kind ?? null,
          settingsUrl: notificationSettingsUrl(config),
        }),
      );

  app.get(
    '/api/unsubscribe',
    {
      config: { access: 'public' },
      logLevel: 'warn',
      schema: {
        tags,
        summary: 'Turn off one kind of e-mail from a signed link, and show a confirmation',
        querystring: ZTokenQuery,
      },
    },
    async (request, reply) =>
      answer(reply, await unsubscribe({ db, config, token: request.query.token }), request.headers['accept-language']),
  );

  app.post(
    '/api/unsubscribe',
    {
      config: { access: 'public' },
      logLevel: 'warn',
      schema: { tags, summary: 'RFC 8058 one-click unsubscribe (List-Unsubscribe=One-Click)', querystring: ZTokenQuery },
    },
    async (request, reply) =>
      answer(reply, await unsubscribe({ db, config, token: request.query.token }), request.headers['accept-language']),
  );
};
