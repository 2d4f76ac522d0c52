import { z } from 'zod';
import { ZId, ZModule } from './schemas.ts';

export const NOTICE_TYPES = ['downtime', 'training'] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

/** The languages a notice may be written in (the app's five). */
export const NOTICE_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

/** Who receives a hop: the coordinators of a site, then its site admins, then its end users. */
export const NOTICE_HOPS = ['coordinator', 'site_admin', 'end_user'] as const;
export type NoticeHop = (typeof NOTICE_HOPS)[number];

export const NOTICE_ROUND_KINDS = ['issued', 'update', 'cancellation'] as const;
export type NoticeRoundKind = (typeof NOTICE_ROUND_KINDS)[number];

/** Scheduled (not started), ongoing (inside the window), completed (after it) or cancelled. */
export const NOTICE_PHASES = ['scheduled', 'ongoing', 'completed', 'cancelled'] as const;
export type NoticePhase = (typeof NOTICE_PHASES)[number];

/** The reminder before the window, in minutes: a day unless the help desk says otherwise. */
export const NOTICE_REMINDER_LEAD = { default: 24 * 60, min: 60, max: 14 * 24 * 60 } as const;

const ZInstant = z.iso.datetime({ offset: true });

export const ZNoticeVersion = z.object({
  language: z.enum(NOTICE_LANGUAGES),
  title: z.string().trim().min(1).max(200),
  body: z.string().max(20000).default(''),
});
export type TNoticeVersion = z.infer<typeof ZNoticeVersion>;

const ZWindow = z.object({ windowStart: ZInstant, windowEnd: ZInstant });

export const ZIssueNotice = ZWindow.extend({
  type: z.enum(NOTICE_TYPES),
  /** The first version is the default for readers whose language has none. */
  versions: z.array(ZNoticeVersion).min(1).max(NOTICE_LANGUAGES.length),
  siteIds: z.array(ZId).max(500).default([]),
  /** Target every site running one of these modules (at this version, when given). */
  modules: z.array(ZModule).max(3).default([]),
  moduleVersion: z.string().trim().max(40).optional(),
  requestReferences: z.array(z.string().trim().min(1).max(40)).max(50).default([]),
  releaseVersion: z.string().trim().max(40).optional(),
  /** How long before the window the relays still pending are reminded: 1 hour to 14 days. */
  reminderLeadMinutes: z
    .number()
    .int()
    .min(NOTICE_REMINDER_LEAD.min, 'must be at least 60 minutes')
    .max(NOTICE_REMINDER_LEAD.max, 'must be at most 14 days')
    .default(NOTICE_REMINDER_LEAD.default),
});
export type TIssueNotice = z.input<typeof ZIssueNotice>;

export const ZChangeNoticeWindow = ZWindow.extend({ note: z.string().trim().max(2000).optional() });
export type TChangeNoticeWindow = z.infer<typeof ZChangeNoticeWindow>;

export const ZCancelNotice = z.object({ reason: z.string().trim().min(1).max(2000) });
export type TCancelNotice = z.infer<typeof ZCancelNotice>;

export const ZRelayNotice = z.object({ siteId: ZId, localWords: z.string().trim().max(4000).optional() });
export type TRelayNotice = z.infer<typeof ZRelayNotice>;

export const ZNoticeSite = z.object({ id: ZId, code: z.string(), name: z.string(), timeZone: z.string() });
export type TNoticeSite = z.infer<typeof ZNoticeSite>;

export const ZNoticeRound = z.object({
  round: z.number().int(),
  kind: z.enum(NOTICE_ROUND_KINDS),
  windowStart: z.string(),
  windowEnd: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

/** One hop the reader received in the current round, with the words of whoever relayed it. */
export const ZMyNoticeDelivery = z.object({
  id: ZId,
  siteId: ZId,
  hop: z.enum(NOTICE_HOPS),
  senderName: z.string().nullable(),
  localWords: z.string().nullable(),
  sentAt: z.string(),
  openedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  relayedAt: z.string().nullable(),
});

export const ZNoticeAbilities = z.object({
  /** Sites the reader may relay the current round for now. */
  relaySiteIds: z.array(ZId),
  acknowledge: z.boolean(),
  change: z.boolean(),
  cancel: z.boolean(),
  viewBoard: z.boolean(),
});
export type TNoticeAbilities = z.infer<typeof ZNoticeAbilities>;

export const ZNoticeSummary = z.object({
  id: ZId,
  type: z.enum(NOTICE_TYPES),
  phase: z.enum(NOTICE_PHASES),
  title: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
  round: z.number().int(),
  roundKind: z.enum(NOTICE_ROUND_KINDS),
  sites: z.array(ZNoticeSite),
  createdAt: z.string(),
});
export type TNoticeSummary = z.infer<typeof ZNoticeSummary>;

export const ZNotice = ZNoticeSummary.extend({
  language: z.string(),
  bodyHtml: z.string(),
  versions: z.array(ZNoticeVersion),
  modules: z.array(z.string()),
  moduleVersion: z.string().nullable(),
  requests: z.array(z.object({ id: ZId, reference: z.string() })),
  releaseVersion: z.string().nullable(),
  reminderLeadMinutes: z.number().int(),
  cancelReason: z.string().nullable(),
  rounds: z.array(ZNoticeRound),
  myDeliveries: z.array(ZMyNoticeDelivery),
  abilities: ZNoticeAbilities,
});
export type TNotice = z.infer<typeof ZNotice>;

export const ZNoticeList = z.object({ items: z.array(ZNoticeSummary) });

/** A notice waiting for the reader to pass it on, per site. */
export const ZNoticeInboxItem = ZNoticeSummary.extend({
  siteId: ZId,
  siteName: z.string(),
  hop: z.enum(NOTICE_HOPS),
  localWords: z.string().nullable(),
  senderName: z.string().nullable(),
});
export const ZNoticeInbox = z.object({ items: z.array(ZNoticeInboxItem) });
export type TNoticeInboxItem = z.infer<typeof ZNoticeInboxItem>;

const ZHopFigures = z.object({
  hop: z.enum(NOTICE_HOPS),
  sent: z.number().int(),
  delivered: z.number().int(),
  opened: z.number().int(),
  acknowledged: z.number().int(),
});

/** How far the current round got at one site, and who has not acknowledged it yet. */
export const ZNoticeBoardSite = ZNoticeSite.extend({
  /** The furthest hop reached; null when nobody could be reached. */
  reached: z.enum(NOTICE_HOPS).nullable(),
  hops: z.array(ZHopFigures),
  notAcknowledged: z.array(z.object({ hop: z.enum(NOTICE_HOPS), name: z.string(), email: z.string(), sentAt: z.string() })),
});
export const ZNoticeBoard = z.object({
  noticeId: ZId,
  round: z.number().int(),
  roundKind: z.enum(NOTICE_ROUND_KINDS),
  sites: z.array(ZNoticeBoardSite),
});
export type TNoticeBoard = z.infer<typeof ZNoticeBoard>;

/** What anyone may see without signing in: no names, no addresses, no local words. */
export const ZPublicMaintenance = z.object({
  id: ZId,
  type: z.enum(NOTICE_TYPES),
  phase: z.enum(['scheduled', 'ongoing']),
  title: z.string(),
  bodyHtml: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
});
export const ZPublicStatus = z.object({
  generatedAt: z.string(),
  sites: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      country: z.string(),
      timeZone: z.string(),
      items: z.array(ZPublicMaintenance),
    }),
  ),
});
export type TPublicStatus = z.infer<typeof ZPublicStatus>;

/** The notice as the person who received a mail sees it through the signed link in it. */
export const ZNoticeReceipt = z.object({
  noticeId: ZId,
  type: z.enum(NOTICE_TYPES),
  phase: z.enum(NOTICE_PHASES),
  roundKind: z.enum(NOTICE_ROUND_KINDS),
  language: z.string(),
  title: z.string(),
  bodyHtml: z.string(),
  localWords: z.string().nullable(),
  windowStart: z.string(),
  windowEnd: z.string(),
  site: ZNoticeSite,
  acknowledgedAt: z.string().nullable(),
});
export type TNoticeReceipt = z.infer<typeof ZNoticeReceipt>;
