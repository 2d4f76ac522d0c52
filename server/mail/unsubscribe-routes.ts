import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { toMailLocale } from './mail-locale.ts';
import { unsubscribePage } from './templates/unsubscribe-page.ts';
import { checkUnsubscribeToken, type UnsubscribeOutcome, unsubscribe } from './unsubscribe.ts';
import { notificationSettingsUrl } from './unsubscribe-url.ts';

const tags = ['mail'];
const ZTokenQuery = z.object({ token: z.string().max(300).default('') });

/**
 * Unsubscribe from a mail: the link in the footer (GET) shows a confirmation whose button POSTs,
 * since link scanners fetch every URL in a mail; the POST, also the RFC 8058 one-click request
 * (`List-Unsubscribe=One-Click`) mail providers send, turns it off. Public: the signed token is the permission.
 * Logged at warn level only, so the token in the URL never reaches the request log.
 */
export const unsubscribeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  // Only in this plugin's scope: the one-click POST is a form, not JSON.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  const answer = (reply: FastifyReply, outcome: UnsubscribeOutcome, acceptLanguage: string | undefined, confirmUrl?: string) =>
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
          confirmUrl,
        }),
      );

  app.get(
    '/api/unsubscribe',
    {
      config: { access: 'public' },
      logLevel: 'warn',
      schema: {
        tags,
        summary: 'Ask to confirm turning off the kind of e-mail a signed link names (changes nothing)',
        querystring: ZTokenQuery,
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await checkUnsubscribeToken({ db, config, token: request.query.token }),
        request.headers['accept-language'],
        `/api/unsubscribe?token=${encodeURIComponent(request.query.token)}`,
      ),
  );

  app.post(
    '/api/unsubscribe',
    {
      config: { access: 'public' },
      logLevel: 'warn',
      schema: {
        tags,
        summary: 'Turn off one kind of e-mail (the confirmation button, or RFC 8058 one-click)',
        querystring: ZTokenQuery,
      },
    },
    async (request, reply) =>
      answer(reply, await unsubscribe({ db, config, token: request.query.token }), request.headers['accept-language']),
  );
};
