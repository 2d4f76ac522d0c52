import type { THelpRequest, TUpdateHelpRequest } from '../../shared/schemas.ts';
import { OFFLINE_MERGE_FIELDS, type TOfflineConflict, type TOfflineFieldValues } from '../../shared/sync-schemas.ts';
import type { Database, Transaction } from '../db/client.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import type { LoadedRequest } from '../requests/request-repository.ts';
import { type OfflineMerge, updateRequest } from '../requests/update-request.ts';
import { clientIdTaken } from './create-request-once.ts';
import { findEventByClientId, resolveRequestRef } from './find-by-client-id.ts';

export type OfflineUpdate = {
  clientId: string;
  /** Request id, reference, or the clientId of a request logged offline. */
  requestRef: string;
  baseUpdatedAt: string;
  base: TOfflineFieldValues;
  changes: TOfflineFieldValues;
  resolutionSummary?: string;
  reason?: string;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Applies a change made offline, field by field against what the client saw (`base`): a field the
 * server left alone takes the offline value; one the server changed meanwhile keeps the server
 * value and the offline value is recorded as an `offline_conflict` event. Retrying is a no-op.
 */
export async function applyOfflineUpdate(options: {
  db: Database;
  actor: Actor;
  update: OfflineUpdate;
  device?: string;
  mail?: MailSettings;
}): Promise<{ request: THelpRequest; conflicts: TOfflineConflict[]; isAlreadyApplied: boolean }> {
  const { db, actor, update } = options;
  let conflicts: TOfflineConflict[] = [];
  let isAlreadyApplied = false;
  const merge = async (tx: Transaction, request: LoadedRequest): Promise<OfflineMerge> => {
    const merged = await mergeOfflineUpdate(tx, actor, request, update, options.device);
    conflicts = merged.conflicts;
    isAlreadyApplied = merged.isAlreadyApplied;
    return merged;
  };
  const id = await resolveRequestRef(db, update.requestRef);
  // The merge already decided what applies; updateRequest ignores this input.
  const placeholder = {} as TUpdateHelpRequest;
  const request = await updateRequest({ db, actor, id, input: placeholder, merge, mail: options.mail });
  return { request, conflicts, isAlreadyApplied };
}

async function mergeOfflineUpdate(
  tx: Transaction,
  actor: Actor,
  request: LoadedRequest,
  update: OfflineUpdate,
  device: string | undefined,
): Promise<OfflineMerge & { conflicts: TOfflineConflict[] }> {
  const existing = await findEventByClientId(tx, update.clientId);
  if (existing && existing.actorId !== actor.id) throw clientIdTaken();
  const input: TUpdateHelpRequest = {};
  const conflicts: TOfflineConflict[] = [];
  if (existing) return { isAlreadyApplied: true, input, events: [], clientId: update.clientId, conflicts };
  const isStaleWithoutBase = request.updatedAt.getTime() > new Date(update.baseUpdatedAt).getTime();
  for (const field of OFFLINE_MERGE_FIELDS) {
    const offlineValue = update.changes[field];
    if (offlineValue === undefined) continue;
    const serverValue = request[field];
    if (same(serverValue, offlineValue)) continue;
    const hasBase = update.base[field] !== undefined;
    const serverChanged = hasBase ? !same(serverValue, update.base[field]) : isStaleWithoutBase;
    if (serverChanged) conflicts.push({ field, serverValue, offlineValue });
    else Object.assign(input, { [field]: offlineValue });
  }
  if (input.status) {
    input.resolutionSummary = update.resolutionSummary;
    input.reason = update.reason;
  }
  const events = conflicts.map((conflict) => ({
    type: 'offline_conflict' as const,
    body: null,
    data: {
      field: conflict.field,
      serverValue: conflict.serverValue,
      offlineValue: conflict.offlineValue,
      ...(conflict.field === 'status' && update.resolutionSummary ? { resolutionSummary: update.resolutionSummary } : {}),
      baseUpdatedAt: update.baseUpdatedAt,
      ...(device ? { device } : {}),
    },
  }));
  return { isAlreadyApplied: false, input, events, clientId: update.clientId, conflicts };
}
