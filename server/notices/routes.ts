import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCancelNotice,
  ZChangeNoticeWindow,
  ZIssueNotice,
  ZNotice,
  ZNoticeBoard,
  ZNoticeInbox,
  ZNoticeList,
  ZRelayNotice,
} from '../../shared/notice-schemas.ts';
import { ZId } from '../../shared/schemas.ts';
import type { AppDeps } from '../app.ts';
import { actorOf } from '../http/access.ts';
import { acknowledgeNotice } from './acknowledge-notice.ts';
import { cancelNotice } from './cancel-notice.ts';
import { changeNoticeWindow } from './change-notice-window.ts';
import { getNotice } from './get-notice.ts';
import { getNoticeBoard } from './get-notice-board.ts';
import { issueNotice } from './issue-notice.ts';
import { listNoticeInbox } from './list-notice-inbox.ts';
import { listNotices } from './list-notices.ts';
import { readerLanguage, ZLanguageQuery } from './reader-language.ts';
import { relayNotice } from './relay-notice.ts';

const tags = ['notices'];
const ZParams = z.object({ id: ZId });
const ZRoundResult = z.object({ id: ZId, round: z.number().int() });

/** Downtime and training notices: issue, change, cancel, relay down the cascade, acknowledge, and the board. */
export const noticeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get(
    '/api/notices',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'Notices the caller may see', querystring: ZLanguageQuery, response: { 200: ZNoticeList } },
    },
    async (request) => ({ items: await listNotices({ db, actor: actorOf(request), language: readerLanguage(request) }) }),
  );

  app.get(
    '/api/notices/inbox',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Notices the caller still has to relay, per site',
        querystring: ZLanguageQuery,
        response: { 200: ZNoticeInbox },
      },
    },
    async (request) => ({ items: await listNoticeInbox({ db, actor: actorOf(request), language: readerLanguage(request) }) }),
  );

  app.post(
    '/api/notices',
    {
      config: { access: 'issueNotices' },
      schema: {
        tags,
        summary: 'Issue a notice; it is mailed to the coordinators of the sites it reaches',
        body: ZIssueNotice,
        response: { 201: z.object({ id: ZId }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await issueNotice({ db, settings: config, actor: actorOf(request), input: request.body })),
  );

  app.get(
    '/api/notices/:id',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'One notice (reading it counts as opening it)',
        params: ZParams,
        querystring: ZLanguageQuery,
        response: { 200: ZNotice },
      },
    },
    async (request) => getNotice({ db, actor: actorOf(request), noticeId: request.params.id, language: readerLanguage(request) }),
  );

  app.get(
    '/api/notices/:id/board',
    {
      config: { access: 'issueNotices' },
      schema: { tags, summary: 'How far the current round got, per site', params: ZParams, response: { 200: ZNoticeBoard } },
    },
    async (request) => getNoticeBoard({ db, actor: actorOf(request), noticeId: request.params.id }),
  );

  app.post(
    '/api/notices/:id/window',
    {
      config: { access: 'issueNotices' },
      schema: {
        tags,
        summary: 'Change the window; the change cascades as a new round',
        params: ZParams,
        body: ZChangeNoticeWindow,
        response: { 200: ZRoundResult },
      },
    },
    async (request) =>
      changeNoticeWindow({ db, settings: config, actor: actorOf(request), noticeId: request.params.id, input: request.body }),
  );

  app.post(
    '/api/notices/:id/cancel',
    {
      config: { access: 'issueNotices' },
      schema: {
        tags,
        summary: 'Cancel the notice; the cancellation cascades as a new round',
        params: ZParams,
        body: ZCancelNotice,
        response: { 200: ZRoundResult },
      },
    },
    async (request) =>
      cancelNotice({ db, settings: config, actor: actorOf(request), noticeId: request.params.id, input: request.body }),
  );

  app.post(
    '/api/notices/:id/relay',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Relay the current round for one site to the next hop (coordinator → site admins → end users)',
        params: ZParams,
        body: ZRelayNotice,
        response: { 200: z.object({ hop: z.string(), reached: z.number().int() }) },
      },
    },
    async (request) =>
      relayNotice({ db, settings: config, actor: actorOf(request), noticeId: request.params.id, input: request.body }),
  );

  app.post(
    '/api/notices/:id/acknowledge',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Confirm having read the current round',
        params: ZParams,
        response: { 200: z.object({ acknowledgedAt: z.string() }) },
      },
    },
    async (request) => acknowledgeNotice({ db, actor: actorOf(request), noticeId: request.params.id }),
  );
};
