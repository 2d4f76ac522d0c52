import type { TFunction } from 'i18next';
import type { TTimelineEvent } from '../../api/types.ts';
import { isCategory, isChannel, isL3State, isModule, isStatus, isUrgency } from '../../lib/enums.ts';

type Data = Record<string, unknown>;

const text = (data: Data, key: string): string => {
  const value = data[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

/** An enum value in the reader's language; anything else as it came. */
function valueLabel(t: TFunction, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (isStatus(value)) return t(`status.${value}`);
  if (isUrgency(value)) return t(`urgency.${value}`);
  if (isCategory(value)) return t(`category.${value}`);
  if (isChannel(value)) return t(`channel.${value}`);
  if (isModule(value)) return t(`module.${value}`);
  if (isL3State(value)) return t(`l3State.${value}`);
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
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
const isChangeableField = (value: string): value is ChangeableField =>
  (CHANGEABLE_FIELDS as readonly string[]).includes(value);

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
    case 'routed':
      return t('timeline.events.routed', {
        team: text(data, 'vendorTeamName') || t('common.none'),
      });
    case 'l3_state_changed':
      return t('timeline.events.l3_state_changed', {
        from: valueLabel(t, data.from),
        to: valueLabel(t, data.to),
      });
    case 'attachment_added':
      return t('timeline.events.attachment_added', { fileName: text(data, 'fileName') });
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
  add(t('timeline.reason'), text(data, 'reason'));
  add(t('timeline.tried'), text(data, 'tried'));
  if (event.type === 'resolved' && !event.body) add(t('timeline.resolution'), text(data, 'resolutionSummary'));
  if (event.type === 'l3_state_changed') add(t('fields.fixVersion'), text(data, 'fixVersion'));
  return details;
}
