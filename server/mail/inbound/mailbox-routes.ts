import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZMailbox,
  ZMailboxConnectionResult,
  ZMailboxConnectionTest,
  ZMailboxInput,
  ZMailboxList,
  ZMailboxUpdate,
} from '../../../shared/inbound-mail-schemas.ts';
import type { AppDeps } from '../../app.ts';
import { createMailbox } from './create-mailbox.ts';
import { deleteMailbox } from './delete-mailbox.ts';
import { listMailboxes } from './list-mailboxes.ts';
import { testMailboxConnection } from './test-mailbox-connection.ts';
import { updateMailbox } from './update-mailbox.ts';

const tags = ['mail'];
const ZMailboxParams = z.object({ id: z.string().min(1).max(60) });

/** Admin: the IMAP mailboxes requests arrive by, and "test connection". Passwords go in, never out. */
export const mailboxRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get(
    '/api/mailboxes',
    { config: { access: 'manageMailboxes' }, schema: { tags, summary: 'Inbound mailboxes', response: { 200: ZMailboxList } } },
    async () => listMailboxes({ db }),
  );

  app.post(
    '/api/mailboxes',
    {
      config: { access: 'manageMailboxes' },
      schema: { tags, summary: 'Add an inbound mailbox', body: ZMailboxInput, response: { 201: ZMailbox } },
    },
    async (request, reply) => reply.code(201).send(await createMailbox({ db, config, input: request.body })),
  );

  app.patch(
    '/api/mailboxes/:id',
    {
      config: { access: 'manageMailboxes' },
      schema: {
        tags,
        summary: 'Change a mailbox; a password given replaces the stored one',
        params: ZMailboxParams,
        body: ZMailboxUpdate,
        response: { 200: ZMailbox },
      },
    },
    async (request) => updateMailbox({ db, config, id: request.params.id, input: request.body }),
  );

  app.delete(
    '/api/mailboxes/:id',
    { config: { access: 'manageMailboxes' }, schema: { tags, summary: 'Remove a mailbox', params: ZMailboxParams } },
    async (request, reply) => {
      await deleteMailbox({ db, id: request.params.id });
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/mailboxes/test-connection',
    {
      config: { access: 'manageMailboxes' },
      schema: {
        tags,
        summary: 'Connect, sign in and open the folder; say exactly what fails',
        body: ZMailboxConnectionTest,
        response: { 200: ZMailboxConnectionResult },
      },
    },
    async (request) => testMailboxConnection({ db, config, input: request.body }),
  );
};
