import { z } from 'zod';
import { ZCategory, ZCreateHelpRequest, ZId, ZModule, ZStatus, ZUrgency } from './schemas.ts';

/** Fields an offline change may set; each is merged on its own against what the client last saw. */
export const OFFLINE_MERGE_FIELDS = ['status', 'urgency', 'category', 'module', 'summary', 'description', 'assigneeId'] as const;
export type OfflineMergeField = (typeof OFFLINE_MERGE_FIELDS)[number];

export const ZOfflineFieldValues = z.object({
  status: ZStatus.optional(),
  urgency: ZUrgency.optional(),
  category: ZCategory.optional(),
  module: ZModule.optional(),
  summary: z.string().trim().min(1, 'is required').max(200).optional(),
  description: z.string().trim().max(20_000).optional(),
  assigneeId: ZId.nullable().optional(),
});
export type TOfflineFieldValues = z.infer<typeof ZOfflineFieldValues>;

/** A request id, or the client id of a request logged offline in this or an earlier sync. */
const ZRequestRef = ZId.describe('The request id, or the clientId of a request created offline');

export const ZOfflineCreate = z.object({
  kind: z.literal('create_request'),
  clientId: ZId,
  input: ZCreateHelpRequest,
});

export const ZOfflineComment = z.object({
  kind: z.literal('comment'),
  clientId: ZId,
  requestId: ZRequestRef,
  body: z.string().trim().min(1, 'is required').max(20_000),
  internal: z.boolean().default(false),
});

export const ZOfflineUpdate = z.object({
  kind: z.literal('update_request'),
  clientId: ZId,
  requestId: ZRequestRef,
  /** The request's updatedAt when the client last saw it. */
  baseUpdatedAt: z.string().datetime({ offset: true }),
  /** The values of the changed fields as the client saw them: a field the server changed since keeps the server value. */
  base: ZOfflineFieldValues,
  changes: ZOfflineFieldValues,
  resolutionSummary: z.string().trim().max(10_000).optional(),
  reason: z.string().trim().max(2000).optional(),
});

export const ZOfflineChange = z.discriminatedUnion('kind', [ZOfflineCreate, ZOfflineComment, ZOfflineUpdate]);
export type TOfflineChange = z.input<typeof ZOfflineChange>;

export const ZSyncRequest = z.object({
  /** A label for the device, kept in the source of each request it logged. */
  device: z.string().trim().max(120).optional(),
  changes: z.array(ZOfflineChange).min(1).max(100),
});
export type TSyncRequest = z.input<typeof ZSyncRequest>;

export const ZOfflineConflict = z.object({
  field: z.string(),
  serverValue: z.unknown(),
  offlineValue: z.unknown(),
});
export type TOfflineConflict = z.infer<typeof ZOfflineConflict>;

export const SYNC_OUTCOMES = ['applied', 'already_applied', 'conflict', 'rejected'] as const;
export type SyncOutcome = (typeof SYNC_OUTCOMES)[number];

export const ZSyncResult = z.object({
  clientId: ZId,
  /**
   * `applied` now; `already_applied` by an earlier send (a retry); `conflict` applied except the
   * fields the server changed meanwhile, recorded as an `offline_conflict` event; `rejected` not
   * applied at all (see `problem`).
   */
  outcome: z.enum(SYNC_OUTCOMES),
  requestId: ZId.nullable(),
  reference: z.string().nullable(),
  conflicts: z.array(ZOfflineConflict),
  problem: z
    .object({
      status: z.number(),
      title: z.string(),
      errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    })
    .nullable(),
});
export type TSyncResult = z.infer<typeof ZSyncResult>;

export const ZSyncResponse = z.object({ results: z.array(ZSyncResult) });
export type TSyncResponse = z.infer<typeof ZSyncResponse>;
