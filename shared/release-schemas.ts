import { z } from 'zod';
import { DEFERRAL_PARTIES, DEFERRAL_STATUSES, RELEASE_STATUSES } from './constants.ts';
import { ZId, ZModule, ZStatus, ZUrgency } from './schemas.ts';

/** `v2.15.2`, `v2.15.1.1`, optionally `-rc1`: three or four numbers after a `v`. */
export const RELEASE_VERSION_PATTERN = /^v\d{1,4}\.\d{1,4}\.\d{1,4}(\.\d{1,4})?(-rc\d{1,3})?$/;

export const ZReleaseVersion = z
  .string()
  .trim()
  .regex(RELEASE_VERSION_PATTERN, 'must look like v2.15.2 or v2.15.1.1, optionally with -rc1');

export const ZReleaseStatus = z.enum(RELEASE_STATUSES);
export const ZDeferralParty = z.enum(DEFERRAL_PARTIES);
export const ZDeferralStatus = z.enum(DEFERRAL_STATUSES);

const ZPlannedDate = z.string().date('must be a date like 2026-12-31');

export const ZCreateRelease = z.object({
  version: ZReleaseVersion,
  module: ZModule,
  plannedDate: ZPlannedDate,
  notes: z.string().max(50_000).default(''),
});
export type TCreateRelease = z.input<typeof ZCreateRelease>;

/** Shipping has its own route (it notifies people); here the status only moves between planned and in testing. */
export const ZUpdateRelease = z
  .object({
    version: ZReleaseVersion.optional(),
    plannedDate: ZPlannedDate.optional(),
    notes: z.string().max(50_000).optional(),
    status: z.enum(['planned', 'in_testing']).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' });
export type TUpdateRelease = z.infer<typeof ZUpdateRelease>;

export const ZReleaseAbilities = z.object({ edit: z.boolean(), ship: z.boolean() });
export type TReleaseAbilities = z.infer<typeof ZReleaseAbilities>;

export const ZReleaseSummary = z.object({
  id: ZId,
  version: z.string(),
  module: ZModule,
  plannedDate: z.string(),
  status: ZReleaseStatus,
  shippedAt: z.string().nullable(),
  fixedCount: z.number(),
  deferredCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TReleaseSummary = z.infer<typeof ZReleaseSummary>;

/** A request as a release lists it: what it is and where it stands. */
export const ZReleaseRequest = z.object({
  id: ZId,
  reference: z.string(),
  summary: z.string(),
  status: ZStatus,
  urgency: ZUrgency,
  siteCode: z.string(),
});
export type TReleaseRequest = z.infer<typeof ZReleaseRequest>;

export const ZRelease = ZReleaseSummary.extend({
  notes: z.string(),
  /** The notes rendered from Markdown and sanitised on the server. */
  notesHtml: z.string(),
  shippedByName: z.string().nullable(),
  /** Requests whose fix this release carries (that the caller may see). */
  fixedRequests: z.array(ZReleaseRequest),
  /** Requests deferred to this release by consultation (that the caller may see). */
  backlog: z.array(ZReleaseRequest),
  abilities: ZReleaseAbilities,
});
export type TRelease = z.infer<typeof ZRelease>;

export const ZListReleasesQuery = z.object({
  module: ZModule.optional(),
  status: z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
    z.array(ZReleaseStatus).optional(),
  ),
});
export type TListReleasesQuery = z.infer<typeof ZListReleasesQuery>;

export const ZListReleasesResponse = z.object({ items: z.array(ZReleaseSummary), canCreate: z.boolean() });
export type TListReleasesResponse = z.infer<typeof ZListReleasesResponse>;

export const ZSetCodeChange = z
  .object({
    codeChangeUrl: z.string().trim().url('must be a URL like https://github.com/org/repo/pull/42').nullable().optional(),
    releaseId: ZId.nullable().optional(),
  })
  .refine((body) => body.codeChangeUrl !== undefined || body.releaseId !== undefined, { message: 'nothing to change' });
export type TSetCodeChange = z.infer<typeof ZSetCodeChange>;

export const ZProposeDeferral = z.object({
  releaseId: ZId,
  reason: z.string().trim().min(1, 'is required').max(4000),
});
export type TProposeDeferral = z.infer<typeof ZProposeDeferral>;

export const ZDeferralDecisionInput = z.object({
  decision: z.enum(['approve', 'reject']),
  comment: z.string().trim().min(1, 'is required').max(4000),
});
export type TDeferralDecisionInput = z.infer<typeof ZDeferralDecisionInput>;

export const ZDeferralDecision = z.object({
  party: ZDeferralParty,
  decision: z.enum(['approve', 'reject']),
  comment: z.string(),
  actorId: ZId,
  actorName: z.string(),
  createdAt: z.string(),
});
export type TDeferralDecision = z.infer<typeof ZDeferralDecision>;

export const ZDeferralProposal = z.object({
  id: ZId,
  requestId: ZId,
  requestReference: z.string(),
  requestSummary: z.string(),
  module: ZModule,
  releaseId: ZId,
  releaseVersion: z.string(),
  reason: z.string(),
  status: ZDeferralStatus,
  proposedById: ZId,
  proposedByName: z.string(),
  decisions: z.array(ZDeferralDecision),
  /** The party the caller would decide for, when they may decide now. */
  myParty: ZDeferralParty.nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type TDeferralProposal = z.infer<typeof ZDeferralProposal>;

/** The request page's release panel: its code change, its release, its deferrals and what the caller may do. */
export const ZRequestReleaseInfo = z.object({
  codeChangeUrl: z.string().nullable(),
  release: ZReleaseSummary.nullable(),
  /** Releases of the request's module that are not shipped yet: the choices for linking and deferring. */
  openReleases: z.array(ZReleaseSummary),
  deferrals: z.array(ZDeferralProposal),
  abilities: z.object({ setCodeChange: z.boolean(), proposeDeferral: z.boolean() }),
});
export type TRequestReleaseInfo = z.infer<typeof ZRequestReleaseInfo>;
