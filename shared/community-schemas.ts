import { z } from 'zod';
import { MODULES, ROLES } from './constants.ts';
import { type TFieldFinding, ZFieldFinding } from './sensitive-data.ts';

/** A topic's category: a module code, or an area of work that spans modules. */
export const COMMUNITY_CATEGORIES = [...MODULES, 'general', 'access', 'sync', 'reports', 'training'] as const;
export type CommunityCategory = (typeof COMMUNITY_CATEGORIES)[number];

export const COMMUNITY_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar'] as const;
export type CommunityLanguage = (typeof COMMUNITY_LANGUAGES)[number];

/** Where a reply was written: in the community, as a public comment on the linked request, or in Jira. */
export const REPLY_ORIGINS = ['community', 'request', 'jira'] as const;
export type ReplyOrigin = (typeof REPLY_ORIGINS)[number];

export const ZCommunityCategory = z.enum(COMMUNITY_CATEGORIES);
export const ZCommunityLanguage = z.enum(COMMUNITY_LANGUAGES);
const ZId = z.string().uuid();
const ZRole = z.enum(ROLES);

const trimmed = (max: number) => z.string().trim().min(1, 'is required').max(max);
const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')
  .optional();
const csv = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value), z.array(item)).optional();

// ---------- topics ----------
export const ZTopicAbilities = z.object({
  reply: z.boolean(),
  edit: z.boolean(),
  acceptAnswer: z.boolean(),
  pin: z.boolean(),
  lock: z.boolean(),
  subscribe: z.boolean(),
});
export type TTopicAbilities = z.infer<typeof ZTopicAbilities>;

export const ZCommunityAuthor = z.object({
  id: ZId.nullable(),
  name: z.string(),
  role: ZRole.nullable(),
});
export type TCommunityAuthor = z.infer<typeof ZCommunityAuthor>;

export const ZCommunityTopicSummary = z.object({
  id: ZId,
  title: z.string(),
  excerpt: z.string(),
  category: ZCommunityCategory,
  language: z.string(),
  author: ZCommunityAuthor,
  isPinned: z.boolean(),
  isLocked: z.boolean(),
  hasAcceptedAnswer: z.boolean(),
  isSubscribed: z.boolean(),
  /** Whether the topic was opened from a help request (the request itself is shown only to who may see it). */
  isLinkedToRequest: z.boolean(),
  replyCount: z.number(),
  lastActivityAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TCommunityTopicSummary = z.infer<typeof ZCommunityTopicSummary>;

export const ZCommunityReply = z.object({
  id: ZId,
  topicId: ZId,
  author: ZCommunityAuthor,
  body: z.string(),
  origin: z.enum(REPLY_ORIGINS),
  isFromVendor: z.boolean(),
  isAccepted: z.boolean(),
  createdAt: z.string(),
});
export type TCommunityReply = z.infer<typeof ZCommunityReply>;

export const ZCommunityTopic = ZCommunityTopicSummary.extend({
  body: z.string(),
  acceptedReplyId: ZId.nullable(),
  /** The linked help request, only when the caller may see it. */
  request: z.object({ id: ZId, reference: z.string() }).nullable(),
  replies: z.array(ZCommunityReply),
  abilities: ZTopicAbilities,
});
export type TCommunityTopic = z.infer<typeof ZCommunityTopic>;

export const ZListTopicsQuery = z.object({
  category: csv(ZCommunityCategory),
  language: csv(ZCommunityLanguage),
  q: z.string().trim().max(200).optional(),
  mine: flag,
  subscribed: flag,
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type TListTopicsQuery = z.infer<typeof ZListTopicsQuery>;

export const ZListTopicsResponse = z.object({
  items: z.array(ZCommunityTopicSummary),
  nextCursor: z.string().nullable(),
});
export type TListTopicsResponse = z.infer<typeof ZListTopicsResponse>;

export const ZCreateTopic = z.object({
  title: trimmed(200),
  body: trimmed(20_000),
  category: ZCommunityCategory,
  language: ZCommunityLanguage.default('en'),
});
export type TCreateTopic = z.input<typeof ZCreateTopic>;

export const ZUpdateTopic = z
  .object({
    title: trimmed(200).optional(),
    body: trimmed(20_000).optional(),
    category: ZCommunityCategory.optional(),
    isPinned: z.boolean().optional(),
    isLocked: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: 'nothing to change' });
export type TUpdateTopic = z.infer<typeof ZUpdateTopic>;

export const ZCreateReply = z.object({ body: trimmed(20_000) });
export type TCreateReply = z.infer<typeof ZCreateReply>;

export const ZAcceptAnswer = z.object({ replyId: ZId.nullable() });
export type TAcceptAnswer = z.infer<typeof ZAcceptAnswer>;

export const ZSubscription = z.object({ isSubscribed: z.boolean() });
export type TSubscription = z.infer<typeof ZSubscription>;

// ---------- a topic opened from a help request ----------
export const ZSensitiveFinding = ZFieldFinding;
export type TSensitiveFinding = TFieldFinding;

/** What "Open a community topic" starts from: the request's text, and what the guard found in it. */
export const ZTopicDraft = z.object({
  title: z.string(),
  body: z.string(),
  category: ZCommunityCategory,
  language: ZCommunityLanguage,
  findings: z.array(ZSensitiveFinding),
  /** Addresses at these domains are staff, not case data; the client re-checks edits with the same rule. */
  staffEmailDomains: z.array(z.string()),
});
export type TTopicDraft = z.infer<typeof ZTopicDraft>;

export const ZOpenTopicFromRequest = z.object({
  title: trimmed(200).optional(),
  body: trimmed(20_000).optional(),
  category: ZCommunityCategory.optional(),
  language: ZCommunityLanguage.optional(),
  /** The caller reviewed the guard's findings and sends the text to publish as it is. */
  confirmRedaction: z.boolean().default(false),
});
export type TOpenTopicFromRequest = z.input<typeof ZOpenTopicFromRequest>;

export const ZRequestTopic = z.object({
  topic: ZCommunityTopicSummary.nullable(),
  abilities: z.object({ open: z.boolean() }),
});
export type TRequestTopic = z.infer<typeof ZRequestTopic>;

// ---------- notifications ----------
export const NOTIFICATION_TYPES = ['topic_reply'] as const;

export const ZNotification = z.object({
  id: ZId,
  type: z.string(),
  /** English; the client shows `messageKey` translated when it has it. */
  title: z.string(),
  messageKey: z.string().nullable(),
  messageParams: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  link: z.string(),
  data: z.record(z.string(), z.unknown()),
  isRead: z.boolean(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZListNotificationsQuery = z.object({
  unread: flag,
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type TListNotificationsQuery = z.infer<typeof ZListNotificationsQuery>;

export const ZListNotificationsResponse = z.object({
  items: z.array(ZNotification),
  nextCursor: z.string().nullable(),
  unreadCount: z.number(),
});
export type TListNotificationsResponse = z.infer<typeof ZListNotificationsResponse>;

export const ZUnreadCount = z.object({ unreadCount: z.number() });
export type TUnreadCount = z.infer<typeof ZUnreadCount>;
