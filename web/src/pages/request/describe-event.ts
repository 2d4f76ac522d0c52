import i18next, { type TFunction } from 'i18next';
import { SLA_CLOCKS, type SlaClock } from '../../../../shared/sla-schemas.ts';
import { isEmailKind } from '../../api/mail-types.ts';
import type { TTimelineEvent } from '../../api/types.ts';
import { isCategory, isChannel, isL3State, isModule, isStatus, isUrgency } from '../../lib/enums.ts';
import { formatDateTime } from '../../lib/format.ts';

type Data = Record<string, unknown>;

const SENSITIVE_KINDS = ['case_id', 'phone', 'email', 'date_of_birth'] as const;
const isSensitiveKind = (value: string): value is (typeof SENSITIVE_KINDS)[number] =>
  (SENSITIVE_KINDS as readonly string[]).includes(value);

const text = (data: Data, key: string): string => {
  const value = data[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

const MAX_VALUE_LENGTH = 80;
const shorten = (value: string) => (value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH - 1)}…` : value);

/** An enum value in the reader's language; anything else as it came, shortened. */
export function valueLabel(t: TFunction, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (isStatus(value)) return t(`status.${value}`);
  if (isUrgency(value)) return t(`urgency.${value}`);
  if (isCategory(value)) return t(`category.${value}`);
  if (isChannel(value)) return t(`channel.${value}`);
  if (isModule(value)) return t(`module.${value}`);
  if (isL3State(value)) return t(`l3State.${value}`);
  if (Array.isArray(value)) return shorten(value.map(String).join(', '));
  return shorten(String(value));
}

/** `{from, to}` of one field in an event that changes several (level-3 state, fix version …). */
function change(data: Data, key: string): { from: unknown; to: unknown } | null {
  const value = data[key];
  if (typeof value !== 'object' || value === null || !('to' in value)) return null;
  return { from: (value as { from?: unknown }).from, to: (value as { to?: unknown }).to };
}

const CHANGEABLE_FIELDS = [
  'summary',
  'description',
  'urgency',
  'category',
  'module',
  'tags',
  'fixVersion',
  'codeChangeUrl',
  'status',
  'assignee',
  'l3State',
  'level',
] as const;
type ChangeableField = (typeof CHANGEABLE_FIELDS)[number];
const isChangeableField = (value: string): value is ChangeableField => (CHANGEABLE_FIELDS as readonly string[]).includes(value);

function fieldLabel(t: TFunction, field: string): string {
  return isChangeableField(field) ? t(`fields.${field}`) : field;
}

/** One line saying what happened ("changed the status from New to In progress"). */
export function describeEvent(t: TFunction, event: TTimelineEvent): string {
  const { data } = event;
  switch (event.type) {
    case 'status_changed':
      return t('timeline.events.status_changed', {
        from: valueLabel(t, data.from),
        to: valueLabel(t, data.to),
      });
    case 'assigned': {
      const name = text(data, 'assigneeName') || text(data, 'to');
      return name ? t('timeline.events.assigned', { name }) : t('timeline.events.unassigned');
    }
    case 'field_changed': {
      const field = text(data, 'field');
      if (!field) return t('timeline.events.field_changed_generic');
      return t('timeline.events.field_changed', {
        field: fieldLabel(t, field),
        from: valueLabel(t, data.from),
        to: valueLabel(t, data.to),
      });
    }
    case 'escalated':
    case 'de_escalated':
      return t(`timeline.events.${event.type}`, {
        fromLevel: text(data, 'fromLevel') || '?',
        toLevel: text(data, 'toLevel') || '?',
      });
    case 'routed': {
      const team = text(data, 'vendorTeamName');
      return team ? t('timeline.events.routed', { team }) : t('timeline.events.routed_none');
    }
    case 'l3_state_changed': {
      // Either {from, to} of the state, or one {from, to} per changed level-3 field.
      const state = change(data, 'l3State') ?? ('to' in data ? { from: data.from, to: data.to } : null);
      if (!state) return t('timeline.events.l3_details_changed');
      return t('timeline.events.l3_state_changed', {
        from: valueLabel(t, state.from),
        to: valueLabel(t, state.to),
      });
    }
    case 'attachment_added':
      return t('timeline.events.attachment_added', { fileName: text(data, 'fileName') });
    case 'comment':
      return data.origin === 'community' ? t('community.timeline.commentFromCommunity') : t('timeline.events.comment');
    case 'kb_article_created':
    case 'kb_article_linked':
      return t(`kb.timeline.${event.type}`, { title: text(data, 'title') });
    case 'merged_into':
    case 'merged_from':
      return t(`consolidation.timeline.${event.type}`, { reference: text(data, 'reference') });
    case 'duplicate_dismissed':
      return t('consolidation.timeline.duplicate_dismissed', { reference: text(data, 'otherReference') });
    case 'community_topic_opened':
      return t('community.timeline.topicOpened', { title: text(data, 'title') });
    case 'notification_sent':
    case 'notification_failed': {
      // Internal events: only staff see who was mailed.
      const kind = text(data, 'kind');
      return t(event.type === 'notification_sent' ? 'mail.timeline.sent' : 'mail.timeline.failed', {
        recipient: text(data, 'recipient'),
        kind: isEmailKind(kind) ? t(`mail.kinds.${kind}`) : kind,
      });
    }
    case 'offline_conflict': {
      const field = text(data, 'field');
      return t('offline.conflictEvent', {
        field: fieldLabel(t, field === 'assigneeId' ? 'assignee' : field),
        offlineValue: valueLabel(t, data.offlineValue),
        serverValue: valueLabel(t, data.serverValue),
      });
    }
    case 'sla_warning':
    case 'sla_breached': {
      const clock = text(data, 'clock');
      return t(`sla.timeline.${event.type}`, { clock: isSlaClock(clock) ? t(`sla.clocks.${clock}`) : clock });
    }
    case 'critical_paged':
      return t('sla.timeline.critical_paged', { count: Array.isArray(data.paged) ? data.paged.length : 0 });
    case 'critical_acknowledged':
      return t('sla.timeline.critical_acknowledged');
    case 'email_bounced':
      return t('inbound.timeline.bounced', { recipient: text(data, 'recipient') });
    case 'email_problem':
      return t('inbound.timeline.problem');
    case 'request_linked':
      return t(data.relation === 'follow_up_of' ? 'inbound.timeline.linkedFollowUpOf' : 'inbound.timeline.linkedFollowUp', {
        reference: text(data, 'reference'),
      });
    case 'external_comment':
      return t('jira.events.external_comment');
    case 'external_comment_changed':
      return t(data.action === 'deleted' ? 'jira.events.external_comment_deleted' : 'jira.events.external_comment_edited');
    case 'jira_issue_linked':
      return t('jira.events.jira_issue_linked', { key: text(data, 'issueKey') });
    case 'jira_sync_failed':
      return t('jira.events.jira_sync_failed');
    case 'redacted': {
      // Only the kinds of data removed are recorded, never the text.
      const kinds = Array.isArray(data.kinds) ? data.kinds.filter((kind): kind is string => typeof kind === 'string') : [];
      const labels = kinds.map((kind) => (isSensitiveKind(kind) ? t(`community.guard.kinds.${kind}`) : kind));
      return t('community.timeline.redacted', { kinds: labels.join(', ') });
    }
    case 'release_linked': {
      const release = change(data, 'release');
      if (data.cause === 'left_deferral') {
        return t('releases.timeline.left_deferral', { version: valueLabel(t, release?.from) });
      }
      return release?.to
        ? t('releases.timeline.release_linked_to', { version: String(release.to) })
        : t('releases.timeline.release_linked');
    }
    case 'deferral_decided': {
      const party = text(data, 'party') === 'module_coordinator' ? 'module_coordinator' : 'help_desk';
      const decision = text(data, 'decision') === 'reject' ? 'reject' : 'approve';
      return t('releases.timeline.deferral_decided', {
        decision: t(`releases.deferral.decision.${decision}`),
        party: t(`releases.deferral.party.${party}`),
        version: text(data, 'version'),
      });
    }
    case 'notice_issued':
    case 'notice_changed':
    case 'notice_cancelled':
      return describeNoticeEvent(t, event.type, data);
    case 'deferral_proposed':
    case 'deferred':
    case 'deferral_rejected':
    case 'release_shipped':
      return t(`releases.timeline.${event.type}`, { version: text(data, 'version') });
    default:
      return t(`timeline.events.${event.type}`);
  }
}

/** Extra labelled texts an event carries (escalation reason, what was tried, resolution). */
export function eventDetails(t: TFunction, event: TTimelineEvent): { label: string; value: string }[] {
  const { data } = event;
  const details: { label: string; value: string }[] = [];
  const add = (label: string, value: string) => {
    if (value.trim()) details.push({ label, value });
  };
  // The reason often is the event body as well; show it once.
  if (text(data, 'reason') !== (event.body ?? '')) add(t('timeline.reason'), text(data, 'reason'));
  add(t('timeline.tried'), text(data, 'tried'));
  if (event.type === 'offline_conflict') add(t('offline.conflictDevice'), text(data, 'device'));
  if (event.type === 'resolved' && !event.body) add(t('timeline.resolution'), text(data, 'resolutionSummary'));
  if (event.type === 'routed') add(t('timeline.problem'), text(data, 'problem'));
  if (event.type === 'notification_failed') add(t('mail.timeline.error'), text(data, 'error'));
  if (event.type === 'email_bounced') add(t('inbound.timeline.error'), text(data, 'error'));
  if (event.type === 'email_problem' && Array.isArray(data.problems))
    add(t('inbound.timeline.problems'), data.problems.map(String).join('\n'));
  if (event.type === 'l3_state_changed') {
    for (const field of ['fixVersion', 'codeChangeUrl'] as const) {
      const changed = change(data, field);
      const value = changed ? changed.to : data[field];
      if (changed || typeof value === 'string') add(t(`fields.${field}`), valueLabel(t, value));
    }
  }
  return details;
}

const isSlaClock = (value: string): value is SlaClock => (SLA_CLOCKS as readonly string[]).includes(value);

/** A linked notice's round: its title in the reader's language when written in it, and the window in their time. */
function describeNoticeEvent(t: TFunction, type: 'notice_issued' | 'notice_changed' | 'notice_cancelled', data: Data): string {
  const language = i18next.language;
  const titles = typeof data.titles === 'object' && data.titles !== null ? (data.titles as Data) : {};
  const title =
    text(titles, language) || text(titles, text(data, 'defaultLanguage')) || Object.values(titles).map(String)[0] || '';
  const noticeType = text(data, 'noticeType') === 'training' ? 'training' : 'downtime';
  return t(`notices.timeline.${type}`, {
    type: t(`notices.type.${noticeType}`),
    title,
    start: formatDateTime(text(data, 'windowStart'), language),
    end: formatDateTime(text(data, 'windowEnd'), language),
  });
}
