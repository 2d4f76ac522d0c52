import type { TTimelineEvent } from '../../shared/schemas.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { addComment } from '../requests/add-comment.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { presentEvent } from '../requests/timeline.ts';
import { clientIdTaken } from './create-request-once.ts';
import { findEventByClientId, isUniqueViolation, resolveRequestRef } from './find-by-client-id.ts';

/** Appends the comment an offline client wrote under `clientId`, or answers the one a previous send appended. */
export async function addCommentOnce(options: {
  db: Database;
  actor: Actor;
  /** Request id, reference, or the clientId of a request logged offline. */
  requestRef: string;
  body: string;
  isInternal: boolean;
  clientId: string;
  mail?: MailSettings;
}): Promise<{ event: TTimelineEvent; requestId: string; isNew: boolean }> {
  const { db, actor, clientId } = options;
  const requestId = await resolveRequestRef(db, options.requestRef);
  const existing = await existingComment(db, actor, clientId);
  if (existing) return { ...existing, isNew: false };
  try {
    const event = await addComment({
      db,
      actor,
      id: requestId,
      body: options.body,
      isInternal: options.isInternal,
      clientId,
      mail: options.mail,
    });
    return { event, requestId, isNew: true };
  } catch (error) {
    const raced = isUniqueViolation(error) ? await existingComment(db, actor, clientId) : null;
    if (raced) return { ...raced, isNew: false };
    if (error instanceof AppError && error.code === 'not_found') throw noSuchRequest();
    throw error;
  }
}

/**
 * Also what a comment on a request logged offline gets until that request has been sent: the
 * device keeps the comment and sends it again after the request.
 */
const noSuchRequest = () =>
  new AppError('not_found', 'No such help request', {
    errors: [{ field: 'requestId', message: 'names no request you can see (a request logged offline must be sent first)' }],
  });

async function existingComment(db: Database, actor: Actor, clientId: string) {
  const row = await findEventByClientId(db, clientId);
  if (!row) return null;
  if (row.actorId !== actor.id) throw clientIdTaken();
  // Still in scope? A de-escalated request may not be; answer 404 like the comment route would.
  await loadRequestInScope(db, actor, row.requestId);
  return { event: presentEvent(row, { name: actor.name, role: actor.role }), requestId: row.requestId };
}
