import { z } from 'zod';
import { ZModule, ZStatus } from './schemas.ts';
import { type TFieldFinding, ZFieldFinding } from './sensitive-data.ts';

/** Knowledge-base ("Support Hub") articles: the API contract both the server and the web client use. */

/** `archived` is the soft delete: kept for the requests and timelines that link to it, hidden from readers. */
export const KB_STATUSES = ['draft', 'published', 'archived'] as const;
export type KbStatus = (typeof KB_STATUSES)[number];

/** The languages the interface offers chips for; articles may carry another code (searched as `simple`). */
export const KB_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar'] as const;
export type KbLanguage = (typeof KB_LANGUAGES)[number];

export const KB_MAX_BODY = 100_000;

const ZUuid = z.string().uuid();
export const ZKbStatus = z.enum(KB_STATUSES);
export const ZKbLanguageCode = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'must be a language code such as en, fr or pt-BR');
const ZTitle = z.string().trim().min(1, 'is required').max(200);
const ZBody = z.string().max(KB_MAX_BODY);
const ZTag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .regex(/^[^\s,]+(?: [^\s,]+)*$/u, 'may not contain commas');
const ZTags = z
  .array(ZTag)
  .max(20)
  .transform((tags) => [...new Set(tags)]);
const ZNote = z.string().trim().max(500);

export const ZKbAbilities = z.object({
  edit: z.boolean(),
  publish: z.boolean(),
  unpublish: z.boolean(),
  archive: z.boolean(),
  vote: z.boolean(),
  uploadAttachment: z.boolean(),
});
export type TKbAbilities = z.infer<typeof ZKbAbilities>;

export const ZKbAttachment = z.object({
  id: ZUuid,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  uploadedById: ZUuid.nullable(),
  createdAt: z.string(),
  /** Where to download it; also what the article's Markdown links to. */
  url: z.string(),
});
export type TKbAttachment = z.infer<typeof ZKbAttachment>;

/** A request the article solved, shown only to those who may see that request. */
export const ZKbLinkedRequest = z.object({
  id: ZUuid,
  reference: z.string(),
  summary: z.string(),
  status: ZStatus,
  linkedAt: z.string(),
});
export type TKbLinkedRequest = z.infer<typeof ZKbLinkedRequest>;

export const ZKbArticleSummary = z.object({
  id: ZUuid,
  title: z.string(),
  /** Plain text from the start of the body, for lists. */
  excerpt: z.string(),
  module: ZModule.nullable(),
  tags: z.array(z.string()),
  language: z.string(),
  status: ZKbStatus,
  authorId: ZUuid.nullable(),
  authorName: z.string().nullable(),
  revision: z.number(),
  helpfulCount: z.number(),
  notHelpfulCount: z.number(),
  viewCount: z.number(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TKbArticleSummary = z.infer<typeof ZKbArticleSummary>;

export const ZKbVoteValue = z.enum(['helpful', 'not_helpful']);
export type TKbVoteValue = z.infer<typeof ZKbVoteValue>;

export const ZKbArticle = ZKbArticleSummary.extend({
  body: z.string(),
  /** The body rendered from Markdown on the server; every HTML tag of the input is escaped. */
  bodyHtml: z.string(),
  myVote: ZKbVoteValue.nullable(),
  abilities: ZKbAbilities,
  attachments: z.array(ZKbAttachment),
  linkedRequests: z.array(ZKbLinkedRequest),
});
export type TKbArticle = z.infer<typeof ZKbArticle>;

export const ZCreateKbArticle = z.object({
  title: ZTitle,
  body: ZBody.default(''),
  module: ZModule.nullable().default(null),
  tags: ZTags.default([]),
  language: ZKbLanguageCode.default('en'),
  note: ZNote.optional(),
  /** Publish at once (publishers only); otherwise the article starts as a draft. */
  publish: z.boolean().default(false),
});
export type TCreateKbArticle = z.input<typeof ZCreateKbArticle>;

export const ZUpdateKbArticle = z
  .object({
    title: ZTitle.optional(),
    body: ZBody.optional(),
    module: ZModule.nullable().optional(),
    tags: ZTags.optional(),
    language: ZKbLanguageCode.optional(),
    /** Why this revision was made ("fixed the steps for v2.11"). */
    note: ZNote.optional(),
    /** The revision the editor started from; a newer one on the server answers 409. */
    baseRevision: z.number().int().min(1).optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'note' && key !== 'baseRevision'), {
    message: 'nothing to change',
  });
export type TUpdateKbArticle = z.infer<typeof ZUpdateKbArticle>;

export const ZGetKbArticleQuery = z.object({
  /** `false` when the article is opened for editing, so the editor's visit is not a reader's view. */
  countView: z.enum(['true', 'false']).default('true'),
});

export const ZListKbArticlesQuery = z.object({
  q: z.string().trim().max(200).optional(),
  /** Articles for this module, and those for every module. */
  module: ZModule.optional(),
  language: ZKbLanguageCode.optional(),
  tag: ZTag.optional(),
  status: ZKbStatus.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type TListKbArticlesQuery = z.infer<typeof ZListKbArticlesQuery>;

export const ZListKbArticlesResponse = z.object({
  items: z.array(ZKbArticleSummary),
  nextCursor: z.string().nullable(),
  total: z.number(),
});
export type TListKbArticlesResponse = z.infer<typeof ZListKbArticlesResponse>;

export const ZKbRevision = z.object({
  revision: z.number(),
  title: z.string(),
  editorId: ZUuid.nullable(),
  editorName: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type TKbRevision = z.infer<typeof ZKbRevision>;

export const ZKbRevisionList = z.object({ items: z.array(ZKbRevision) });

export const ZKbDiffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const ZKbDiffLine = z.object({
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
  /** Line number in the older revision (null for added lines). */
  fromLine: z.number().nullable(),
  /** Line number in the newer revision (null for removed lines). */
  toLine: z.number().nullable(),
});
export type TKbDiffLine = z.infer<typeof ZKbDiffLine>;

export const ZKbDiff = z.object({
  from: ZKbRevision,
  to: ZKbRevision,
  /** The title as a one-line diff, when it changed. */
  title: z.array(ZKbDiffLine),
  lines: z.array(ZKbDiffLine),
  added: z.number(),
  removed: z.number(),
});
export type TKbDiff = z.infer<typeof ZKbDiff>;

export const ZKbVoteRequest = z.object({ helpful: z.boolean() });

export const ZKbRenderRequest = z.object({ body: ZBody });
export const ZKbRenderResponse = z.object({ html: z.string() });

/** Likely case data found in the text an article would publish; positions index into that field. */
export const ZKbFinding = ZFieldFinding;
export type TKbFinding = TFieldFinding;

/** `POST /api/requests/:id/kb-article`; without title/body the server pre-fills them from the request. */
export const ZTurnIntoArticleRequest = z.object({
  title: ZTitle.optional(),
  body: ZBody.optional(),
  module: ZModule.nullable().optional(),
  language: ZKbLanguageCode.optional(),
  tags: ZTags.optional(),
  /** The person reviewed the findings (redacted them, or judged them safe) and sends the text as it stands. */
  confirmRedaction: z.boolean().default(false),
});
export type TTurnIntoArticleRequest = z.input<typeof ZTurnIntoArticleRequest>;

/** The 422 answer when the text looks like it carries case data: findings plus the text they index into. */
export const ZKbRedactionProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.literal(422),
  detail: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
  findings: z.array(ZKbFinding),
  draft: z.object({ title: z.string(), body: z.string() }),
});
export type TKbRedactionProblem = z.infer<typeof ZKbRedactionProblem>;

export const ZLinkArticleRequest = z.object({
  /** Request id or reference such as SLE-0042. */
  requestId: z.string().trim().min(1).max(60),
});

export const ZRequestKbArticles = z.object({
  items: z.array(ZKbArticleSummary.extend({ linkedAt: z.string() })),
  /** The request is resolved or closed and the caller may draft articles from it. */
  canTurnIntoArticle: z.boolean(),
  /** The caller works this request and may link articles to it. */
  canLinkArticle: z.boolean(),
});
export type TRequestKbArticles = z.infer<typeof ZRequestKbArticles>;
