import type { TCreateHelpRequest, THelpRequest, TRequestSource } from '../../shared/schemas.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { createRequest } from '../requests/create-request.ts';
import { getRequest } from '../requests/get-request.ts';
import { findRequestByClientId, isUniqueViolation } from './find-by-client-id.ts';

/** Creates the request an offline client made under `clientId`, or answers the one a previous send created. */
export async function createRequestOnce(options: {
  db: Database;
  actor: Actor;
  input: TCreateHelpRequest;
  clientId: string;
  source: TRequestSource;
  mail?: MailSettings;
}): Promise<{ request: THelpRequest; isNew: boolean }> {
  const { db, actor, clientId } = options;
  const existing = await existingRequest(db, actor, clientId);
  if (existing) return { request: existing, isNew: false };
  try {
    return {
      request: await createRequest({ db, actor, input: options.input, clientId, source: options.source, mail: options.mail }),
      isNew: true,
    };
  } catch (error) {
    // Two sends of one change raced: the other one created it.
    const raced = isUniqueViolation(error) ? await existingRequest(db, actor, clientId) : null;
    if (raced) return { request: raced, isNew: false };
    throw error;
  }
}

async function existingRequest(db: Database, actor: Actor, clientId: string): Promise<THelpRequest | null> {
  const row = await findRequestByClientId(db, clientId);
  if (!row) return null;
  // Another person's id: say nothing about their request.
  if (row.createdById !== actor.id) throw clientIdTaken();
  return getRequest({ db, actor, id: row.id });
}

export const clientIdTaken = () =>
  new AppError('conflict', 'This clientId is already used', {
    errors: [{ field: 'clientId', message: 'is already used; make a new one' }],
  });
