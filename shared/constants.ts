export const ROLES = ['reporter', 'site_admin', 'coordinator', 'help_desk', 'module_coordinator', 'vendor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const MODULES = ['cp', 'gbv', 'mrm'] as const;
export type ModuleCode = (typeof MODULES)[number];
export const MODULE_LABELS: Record<ModuleCode, string> = {
  cp: 'CPIMS+',
  gbv: 'GBVIMS+',
  mrm: 'MRMIMS+',
};

export const CHANNELS = ['email', 'phone', 'web', 'walk_in', 'spreadsheet', 'community'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CATEGORIES = [
  'access',
  'data',
  'sync',
  'configuration',
  'bug',
  'performance',
  'training',
  'feature',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Ordered from most to least urgent; the index is the sort rank. */
export const URGENCIES = ['critical', 'high', 'normal', 'low'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const STATUSES = ['new', 'in_progress', 'waiting_on_reporter', 'escalated', 'resolved', 'closed', 'deferred'] as const;
export type Status = (typeof STATUSES)[number];

export const LEVELS = [1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

export const L3_STATES = ['new', 'triaged', 'in_progress', 'fix_ready', 'released'] as const;
export type L3State = (typeof L3_STATES)[number];

/** Statuses a person may move a request to by hand, from each status. */
export const STATUS_TRANSITIONS: Record<Status, readonly Status[]> = {
  new: ['in_progress', 'waiting_on_reporter', 'resolved', 'closed'],
  in_progress: ['waiting_on_reporter', 'resolved'],
  waiting_on_reporter: ['in_progress', 'resolved'],
  escalated: ['in_progress', 'waiting_on_reporter', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
  deferred: ['in_progress'],
};

export const OPEN_STATUSES: readonly Status[] = ['new', 'in_progress', 'waiting_on_reporter', 'escalated'];

export const TIMELINE_EVENT_TYPES = [
  'created',
  'comment',
  'internal_note',
  'status_changed',
  'assigned',
  'field_changed',
  'escalated',
  'de_escalated',
  'routed',
  'l3_state_changed',
  'attachment_added',
  'resolved',
  'reopened',
  'community_topic_opened',
  'redacted',
  'kb_article_created',
  'kb_article_linked',
  'notification_sent',
  'notification_failed',
  'offline_conflict',
  'release_linked',
  'deferral_proposed',
  'deferral_decided',
  'deferred',
  'deferral_rejected',
  'release_shipped',
  'sla_warning',
  'sla_breached',
  'critical_paged',
  'critical_acknowledged',
  'email_bounced',
  'email_problem',
  'request_linked',
  'merged_into',
  'merged_from',
  'duplicate_dismissed',
  // A notice linked to the request was issued, its window changed, or it was cancelled.
  'notice_issued',
  'notice_changed',
  'notice_cancelled',
  // Jira connector: a comment mirrored from Jira, its later edit or deletion, the issue linked, Jira refusing it.
  'external_comment',
  'external_comment_changed',
  'jira_issue_linked',
  'jira_sync_failed',
] as const;
export type TimelineEventType = (typeof TIMELINE_EVENT_TYPES)[number];

export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** The level-3 dossier fields, in the order the form shows them. */
export const DOSSIER_FIELDS = [
  'module',
  'siteId',
  'title',
  'description',
  'moduleVersion',
  'instanceUrl',
  'impactedUsers',
  'impactedRoles',
  'browser',
  'operatingSystem',
  'stepsToReproduce',
  'expectedResult',
  'actualResult',
] as const;
export type DossierField = (typeof DOSSIER_FIELDS)[number];

/** A maintenance release moves planned → in_testing → shipped; only planned and in-testing ones take deferrals. */
export const RELEASE_STATUSES = ['planned', 'in_testing', 'shipped'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

/** What shipping a release does to each request it carries, per site: ask the reporter to verify, or close. */
export const RELEASE_OUTCOMES = ['verify', 'close'] as const;
export type ReleaseOutcome = (typeof RELEASE_OUTCOMES)[number];

/** A site's answer to a mailed reply on a resolved or closed request: reopen it, or open a new one linked to it. */
export const CLOSED_REPLY_ACTIONS = ['reopen', 'new_request'] as const;
export type ClosedReplyAction = (typeof CLOSED_REPLY_ACTIONS)[number];

/** The two parties whose agreement defers a request to a release. */
export const DEFERRAL_PARTIES = ['help_desk', 'module_coordinator'] as const;
export type DeferralParty = (typeof DEFERRAL_PARTIES)[number];

export const DEFERRAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type DeferralStatus = (typeof DEFERRAL_STATUSES)[number];
