import { z } from 'zod';
import { CHANNELS } from './constants.ts';
import { csv, REQUEST_SOURCE_VIAS, ZHelpRequestSummary, ZId, ZRequestSource, ZStatus } from './schemas.ts';

export const MATCHED_ON = ['account', 'email', 'phone', 'name'] as const;
export const ZMatchedOn = z.enum(MATCHED_ON);
export type TMatchedOn = z.infer<typeof ZMatchedOn>;

export const ZSourceVia = z.enum(REQUEST_SOURCE_VIAS);

/** A register row as the consolidated view shows it: where it came from, and whether it may be a duplicate. */
export const ZConsolidatedRow = ZHelpRequestSummary.extend({
  siteName: z.string(),
  reporterContact: z.string().nullable(),
  source: ZRequestSource,
  mergedIntoReference: z.string().nullable(),
  /** Open possible-duplicate pairs whose other request the caller also sees. */
  possibleDuplicateCount: z.number(),
});
export type TConsolidatedRow = z.infer<typeof ZConsolidatedRow>;

export const ZConsolidatedQuery = z.object({
  siteId: csv(ZId),
  via: csv(ZSourceVia),
  channel: csv(z.enum(CHANNELS)),
  status: csv(ZStatus),
  /** `true`: only requests with an open possible duplicate. */
  isFlagged: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  includeMerged: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .default(false),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TConsolidatedQuery = z.infer<typeof ZConsolidatedQuery>;

export const ZConsolidatedList = z.object({ items: z.array(ZConsolidatedRow), nextCursor: z.string().nullable() });
export type TConsolidatedList = z.infer<typeof ZConsolidatedList>;

export const ZConsolidatedCounts = z.object({
  /** Per site the caller covers, per source (`via`). */
  sites: z.array(
    z.object({
      siteId: ZId,
      siteCode: z.string(),
      siteName: z.string(),
      total: z.number(),
      byVia: z.record(z.string(), z.number()),
      byChannel: z.record(z.string(), z.number()),
    }),
  ),
  byVia: z.record(z.string(), z.number()),
  byChannel: z.record(z.string(), z.number()),
  total: z.number(),
  /** Open possible-duplicate pairs where the caller sees both requests. */
  openDuplicatePairs: z.number(),
});
export type TConsolidatedCounts = z.infer<typeof ZConsolidatedCounts>;

/** One side of a possible-duplicate pair. */
export const ZPairSide = z.object({
  id: ZId,
  reference: z.string(),
  siteCode: z.string(),
  summary: z.string(),
  status: ZStatus,
  level: z.number(),
  channel: z.string(),
  source: ZRequestSource,
  reporterName: z.string().nullable(),
  createdAt: z.string(),
});
export type TPairSide = z.infer<typeof ZPairSide>;

export const ZDuplicatePair = z.object({
  id: ZId,
  score: z.number(),
  matchedOn: ZMatchedOn,
  detectedAt: z.string(),
  a: ZPairSide,
  b: ZPairSide,
  abilities: z.object({ dismiss: z.boolean(), merge: z.boolean() }),
});
export type TDuplicatePair = z.infer<typeof ZDuplicatePair>;

export const ZDuplicatePairsQuery = z.object({
  siteId: csv(ZId),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const ZDuplicatePairList = z.object({ items: z.array(ZDuplicatePair), nextCursor: z.string().nullable() });
export type TDuplicatePairList = z.infer<typeof ZDuplicatePairList>;

export const ZDismissDuplicate = z.object({ reason: z.string().trim().max(2000).optional() });

export const ZMergeRequests = z.object({
  /** The request closed as merged into the one in the path, which survives. */
  duplicateRequestId: z.string().trim().min(1, 'is required').max(60),
  reason: z.string().trim().max(2000).optional(),
});
export type TMergeRequests = z.infer<typeof ZMergeRequests>;
