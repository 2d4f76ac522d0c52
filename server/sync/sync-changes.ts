import type { z } from 'zod';
import type { TRequestSource } from '../../shared/schemas.ts';
import type { TSyncResult, ZSyncRequest } from '../../shared/sync-schemas.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { addCommentOnce } from './add-comment-once.ts';
import { applyOfflineUpdate } from './apply-offline-update.ts';
import { createRequestOnce } from './create-request-once.ts';

type SyncInput = z.output<typeof ZSyncRequest>;
type Change = SyncInput['changes'][number];

/**
 * Applies what a client queued offline, in order, each change in its own transaction: one refused
 * change never holds back the others, and every change answers with its own outcome.
 */
export async function syncChanges(options: {
  db: Database;
  actor: Actor;
  input: SyncInput;
  mail?: MailSettings;
}): Promise<TSyncResult[]> {
  const results: TSyncResult[] = [];
  for (const change of options.input.changes) {
    try {
      results.push(await applyChange(options, change));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({
        clientId: change.clientId,
        outcome: 'rejected',
        requestId: null,
        reference: null,
        conflicts: [],
        problem: { status: error.status, title: error.message, errors: error.errors },
      });
    }
  }
  return results;
}

async function applyChange(
  options: { db: Database; actor: Actor; input: SyncInput; mail?: MailSettings },
  change: Change,
): Promise<TSyncResult> {
  const { db, actor, mail } = options;
  const device = options.input.device;
  const base = { clientId: change.clientId, conflicts: [], problem: null };
  switch (change.kind) {
    case 'create_request': {
      const source: TRequestSource = { via: 'offline', ...(device ? { device } : {}) };
      const { request, isNew } = await createRequestOnce({
        db,
        actor,
        input: change.input,
        clientId: change.clientId,
        source,
        mail,
      });
      return { ...base, outcome: isNew ? 'applied' : 'already_applied', requestId: request.id, reference: request.reference };
    }
    case 'comment': {
      const { requestId, isNew } = await addCommentOnce({
        db,
        actor,
        requestRef: change.requestId,
        body: change.body,
        isInternal: change.internal,
        clientId: change.clientId,
        mail,
      });
      return { ...base, outcome: isNew ? 'applied' : 'already_applied', requestId, reference: null };
    }
    case 'update_request': {
      const { request, conflicts, isAlreadyApplied } = await applyOfflineUpdate({
        db,
        actor,
        device,
        mail,
        update: { ...change, requestRef: change.requestId },
      });
      const outcome = isAlreadyApplied ? 'already_applied' : conflicts.length ? 'conflict' : 'applied';
      return { ...base, outcome, conflicts, requestId: request.id, reference: request.reference };
    }
  }
}
