import { z } from 'zod';
import {
  CATEGORIES,
  CHANNELS,
  CLOSED_REPLY_ACTIONS,
  L3_STATES,
  MODULES,
  RELEASE_OUTCOMES,
  ROLES,
  STATUSES,
  TIMELINE_EVENT_TYPES,
  URGENCIES,
} from './constants.ts';

export const ZRole = z.enum(ROLES);
export const ZModule = z.enum(MODULES);
export const ZChannel = z.enum(CHANNELS);
export const ZCategory = z.enum(CATEGORIES);
export const ZUrgency = z.enum(URGENCIES);
export const ZStatus = z.enum(STATUSES);
export const ZLevel = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export const ZL3State = z.enum(L3_STATES);
export const ZId = z.string().uuid();

const trimmed = (max: number) => z.string().trim().min(1, 'is required').max(max);

// ---------- auth ----------
export const ZLoginRequest = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10, 'must be at least 10 characters').max(200),
});

export const ZUser = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  role: ZRole,
  locale: z.string(),
  siteIds: z.array(ZId),
  modules: z.array(ZModule),
  vendorTeamId: ZId.nullable(),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  isOnDuty: z.boolean(),
});
export type TUser = z.infer<typeof ZUser>;

/** What the signed-in user may do in general; per-request abilities come with each request. */
export const ZGlobalAbilities = z.object({
  createRequest: z.boolean(),
  logPhoneRequest: z.boolean(),
  viewVendorQueue: z.boolean(),
  manageSites: z.boolean(),
  manageUsers: z.boolean(),
  manageVendorTeams: z.boolean(),
  viewRegister: z.boolean(),
  draftArticles: z.boolean(),
  publishArticles: z.boolean(),
  createTopic: z.boolean(),
  moderateCommunity: z.boolean(),
  viewOutbox: z.boolean(),
  issueNotices: z.boolean(),
  manageReleases: z.boolean(),
  proposeDeferral: z.boolean(),
  decideDeferrals: z.boolean(),
  manageSla: z.boolean(),
  viewSlaReport: z.boolean(),
  /** Level-2 roles keep an on-duty flag for critical paging. */
  setOnDuty: z.boolean(),
  manageMailboxes: z.boolean(),
  importRegister: z.boolean(),
  exportRegister: z.boolean(),
  viewConsolidatedRegister: z.boolean(),
});
export type TGlobalAbilities = z.infer<typeof ZGlobalAbilities>;

export const ZMe = z.object({
  user: ZUser,
  csrfToken: z.string(),
  abilities: ZGlobalAbilities,
});
export type TMe = z.infer<typeof ZMe>;

// ---------- sites ----------
export const ZSite = z.object({
  id: ZId,
  code: z.string(),
  name: z.string(),
  country: z.string(),
  modules: z.array(ZModule),
  moduleVersions: z.record(z.string(), z.string()),
  instanceUrl: z.string(),
  languages: z.array(z.string()),
  timeZone: z.string(),
  contactEmail: z.string(),
  isActive: z.boolean(),
  /** When a release carrying a fix ships: `verify` resolves the request for the reporter to confirm, `close` closes it. */
  releaseOutcome: z.enum(RELEASE_OUTCOMES),
  /** Mail intake: acknowledge a request opened by e-mail with an automatic reply. */
  sendsMailAcknowledgement: z.boolean(),
  /** Mail intake: a reply to a resolved or closed request `reopen`s it or opens a linked `new_request`. */
  closedMailReplyAction: z.enum(CLOSED_REPLY_ACTIONS),
});
export type TSite = z.infer<typeof ZSite>;

export const ZSiteInput = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,5}$/, 'must be 2 to 5 letters'),
  name: trimmed(200),
  country: trimmed(100),
  modules: z.array(ZModule).min(1, 'choose at least one module'),
  moduleVersions: z.record(z.string(), z.string().max(40)).default({}),
  instanceUrl: z.string().trim().url('must be a URL').or(z.literal('')).default(''),
  languages: z.array(z.string().min(2).max(10)).min(1).default(['en']),
  timeZone: z.string().trim().min(1).default('UTC'),
  contactEmail: z.string().trim().email().or(z.literal('')).default(''),
  isActive: z.boolean().default(true),
  releaseOutcome: z.enum(RELEASE_OUTCOMES).optional(),
  sendsMailAcknowledgement: z.boolean().optional(),
  closedMailReplyAction: z.enum(CLOSED_REPLY_ACTIONS).optional(),
});
export type TSiteInput = z.infer<typeof ZSiteInput>;

// ---------- users (admin) ----------
export const ZUserInput = z.object({
  email: z.string().trim().toLowerCase().email(),
  name: trimmed(200),
  role: ZRole,
  locale: z.enum(['en', 'fr', 'es', 'pt', 'ar']).default('en'),
  siteIds: z.array(ZId).default([]),
  modules: z.array(ZModule).default([]),
  vendorTeamId: ZId.nullable().default(null),
  isActive: z.boolean().default(true),
  /** Coordinators and the help desk only: paged when a critical request comes in. */
  isOnDuty: z.boolean().optional(),
});
export type TUserInput = z.infer<typeof ZUserInput>;
export const ZCreateUserRequest = ZUserInput.extend({
  password: z.string().min(10, 'must be at least 10 characters').max(200),
});
export const ZResetPasswordResponse = z.object({ temporaryPassword: z.string() });

// ---------- vendor teams and routing ----------
export const ZVendorTeam = z.object({
  id: ZId,
  name: z.string(),
  modules: z.array(ZModule),
  jiraProjectKey: z.string().nullable(),
});
export type TVendorTeam = z.infer<typeof ZVendorTeam>;
export const ZVendorTeamInput = z.object({
  name: trimmed(200),
  modules: z.array(ZModule).default([]),
  jiraProjectKey: z.string().trim().max(20).nullable().default(null),
});
export const ZRoute = z.object({ module: ZModule, vendorTeamId: ZId.nullable() });
export type TRoute = z.infer<typeof ZRoute>;
export const ZRoutesInput = z.object({ routes: z.array(ZRoute) });

// ---------- help requests ----------
export const ZCreateHelpRequest = z.object({
  siteId: ZId,
  module: ZModule,
  channel: ZChannel.default('web'),
  summary: trimmed(200),
  description: z.string().trim().max(20_000).default(''),
  category: ZCategory.default('other'),
  urgency: ZUrgency.default('normal'),
  reporterName: z.string().trim().max(200).optional(),
  reporterContact: z.string().trim().max(200).optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
});
export type TCreateHelpRequest = z.input<typeof ZCreateHelpRequest>;

export const ZUpdateHelpRequest = z
  .object({
    status: ZStatus.optional(),
    resolutionSummary: z.string().trim().max(10_000).optional(),
    assigneeId: ZId.nullable().optional(),
    urgency: ZUrgency.optional(),
    category: ZCategory.optional(),
    module: ZModule.optional(),
    summary: trimmed(200).optional(),
    description: z.string().trim().max(20_000).optional(),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    l3State: ZL3State.optional(),
    fixVersion: z.string().trim().max(40).nullable().optional(),
    codeChangeUrl: z.string().trim().url().nullable().optional(),
    reason: z.string().trim().max(2000).optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'reason'), {
    message: 'nothing to change',
  });
export type TUpdateHelpRequest = z.infer<typeof ZUpdateHelpRequest>;

export const ZDossier = z.object({
  module: z.string().optional(),
  siteId: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  moduleVersion: z.string().optional(),
  instanceUrl: z.string().optional(),
  impactedUsers: z.string().optional(),
  impactedRoles: z.string().optional(),
  browser: z.string().optional(),
  operatingSystem: z.string().optional(),
  stepsToReproduce: z.string().optional(),
  expectedResult: z.string().optional(),
  actualResult: z.string().optional(),
  screenshotAttachmentIds: z.array(z.string()).optional(),
  noScreenshotReason: z.string().optional(),
});
export type TDossier = z.infer<typeof ZDossier>;

/** How a request reached the central register; every channel lands in the same table. */
export const REQUEST_SOURCE_VIAS = ['web', 'offline', 'spreadsheet', 'email', 'api', 'seed'] as const;
export const ZRequestSource = z.object({
  via: z.enum(REQUEST_SOURCE_VIAS),
  /** Spreadsheet import: the file and the 1-based data row. */
  fileName: z.string().optional(),
  row: z.number().int().optional(),
  importId: z.string().optional(),
  /** Spreadsheet import: the sheet's Row ID, unique per site. */
  rowId: z.string().optional(),
  /** Offline sync: a label for the device that logged it. */
  device: z.string().optional(),
  /** E-mail: the mailbox and the Message-ID that created it. */
  mailboxId: z.string().optional(),
  messageId: z.string().optional(),
});
export type TRequestSource = z.infer<typeof ZRequestSource>;

export const ZEscalationRequest = z.object({
  toLevel: ZLevel,
  reason: z.string().trim().max(5000).default(''),
  tried: z.string().trim().max(5000).default(''),
  dossier: ZDossier.optional(),
});
export type TEscalationRequest = z.input<typeof ZEscalationRequest>;

export const ZCommentRequest = z.object({
  body: trimmed(20_000),
  internal: z.boolean().default(false),
});

export const ZRequestAbilities = z.object({
  view: z.boolean(),
  comment: z.boolean(),
  addInternalNote: z.boolean(),
  readInternal: z.boolean(),
  edit: z.boolean(),
  assign: z.boolean(),
  changeStatus: z.boolean(),
  /** Statuses this user may move the request to now (the state machine and their role together). */
  allowedStatuses: z.array(ZStatus),
  escalate: z.boolean(),
  escalateToLevel3: z.boolean(),
  deEscalate: z.boolean(),
  setL3State: z.boolean(),
  uploadAttachment: z.boolean(),
  /** A level-2 person in scope takes a pending critical request: it leaves the pinned list. */
  acknowledgeCritical: z.boolean(),
});
export type TRequestAbilities = z.infer<typeof ZRequestAbilities>;

export const ZHelpRequestSummary = z.object({
  id: ZId,
  reference: z.string(),
  siteId: ZId,
  siteCode: z.string(),
  module: ZModule,
  channel: ZChannel,
  summary: z.string(),
  category: ZCategory,
  urgency: ZUrgency,
  level: ZLevel,
  status: ZStatus,
  l3State: ZL3State.nullable(),
  assigneeId: ZId.nullable(),
  assigneeName: z.string().nullable(),
  reporterName: z.string().nullable(),
  vendorTeamId: ZId.nullable(),
  firstResponseDueAt: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
  /** The soonest due time of a running SLA clock (null when none runs or the clocks are paused). */
  slaDueAt: z.string().nullable(),
  slaWarnAt: z.string().nullable(),
  isSlaPaused: z.boolean(),
  /** Critical and not yet acknowledged by level 2. */
  isCriticalPending: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type THelpRequestSummary = z.infer<typeof ZHelpRequestSummary>;

export const ZAttachment = z.object({
  id: ZId,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  uploadedById: ZId.nullable(),
  createdAt: z.string(),
});
export type TAttachment = z.infer<typeof ZAttachment>;

export const ZHelpRequest = ZHelpRequestSummary.extend({
  siteName: z.string(),
  description: z.string(),
  reporterId: ZId.nullable(),
  reporterContact: z.string().nullable(),
  tags: z.array(z.string()),
  resolutionSummary: z.string().nullable(),
  vendorTeamName: z.string().nullable(),
  fixVersion: z.string().nullable(),
  codeChangeUrl: z.string().nullable(),
  externalKey: z.string().nullable(),
  externalUrl: z.string().nullable(),
  dossier: ZDossier.nullable(),
  firstRespondedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdById: ZId.nullable(),
  attachments: z.array(ZAttachment),
  abilities: ZRequestAbilities,
  /** How the row reached the register: web form, offline sync (device), spreadsheet (file, row), mailbox. */
  source: ZRequestSource,
  /** The request this one was merged into (it is then closed), if any. */
  mergedInto: z.object({ id: ZId, reference: z.string() }).nullable(),
  /** Requests merged into this one; their timelines show in this one's. */
  mergedFrom: z.array(z.object({ id: ZId, reference: z.string() })),
});
export type THelpRequest = z.infer<typeof ZHelpRequest>;

export const ZTimelineEvent = z.object({
  id: z.string(),
  type: z.enum(TIMELINE_EVENT_TYPES),
  actorId: ZId.nullable(),
  actorName: z.string().nullable(),
  actorRole: ZRole.nullable(),
  isInternal: z.boolean(),
  body: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  /** Set on events of a request merged into the one whose timeline this is. */
  origin: z.object({ requestId: ZId, reference: z.string() }).optional(),
});
export type TTimelineEvent = z.infer<typeof ZTimelineEvent>;

/** A comma-separated query parameter (`status=new,in_progress`) parsed as a list. */
export const csv = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value), z.array(item)).optional();

export const ZListHelpRequestsQuery = z.object({
  siteId: csv(ZId),
  module: csv(ZModule),
  level: csv(z.coerce.number().pipe(ZLevel)),
  status: csv(ZStatus),
  urgency: csv(ZUrgency),
  channel: csv(ZChannel),
  assigneeId: z.union([ZId, z.literal('me'), z.literal('none')]).optional(),
  vendorTeamId: ZId.optional(),
  q: z.string().trim().max(200).optional(),
  createdFrom: z
    .string()
    .date()
    .or(z.string().datetime({ offset: true }))
    .optional(),
  createdTo: z
    .string()
    .date()
    .or(z.string().datetime({ offset: true }))
    .optional(),
  sort: z.enum(['createdAt', 'updatedAt', 'urgency', 'reference', 'due']).default('createdAt'),
  /** `breaching_soon`: past the warning share, not yet due; `breached`: a running clock is overdue. */
  sla: z.enum(['breaching_soon', 'breached']).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TListHelpRequestsQuery = z.infer<typeof ZListHelpRequestsQuery>;

export const ZListHelpRequestsResponse = z.object({
  items: z.array(ZHelpRequestSummary),
  nextCursor: z.string().nullable(),
  /** Matching requests; when `isTotalCapped`, at least this many (counting stops at 2,000). */
  total: z.number(),
  isTotalCapped: z.boolean(),
  /** Per status, ignoring the status filter; partial when `isTotalCapped`. */
  countsByStatus: z.record(z.string(), z.number()),
  /** Critical requests waiting for level 2 to acknowledge them, for level-2 people (first page only). */
  pinned: z.array(ZHelpRequestSummary).default([]),
});
export type TListHelpRequestsResponse = z.infer<typeof ZListHelpRequestsResponse>;

export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type TProblem = z.infer<typeof ZProblem>;

/** A PATCH body: every field optional and, unlike `.partial()`, no defaults filled in for absent ones. */
export function patchSchema<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      ((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional(),
    ]),
  ) as unknown as { [K in keyof T]: z.ZodOptional<T[K] extends z.ZodDefault<infer Inner> ? Inner : T[K]> };
  return z.object(shape);
}
export const ZSitePatch = patchSchema(ZSiteInput);
export const ZUserPatch = patchSchema(ZUserInput);
export const ZVendorTeamPatch = patchSchema(ZVendorTeamInput);
