import { useTranslation } from 'react-i18next';
import type { TTimelineEvent } from '../../api/types.ts';
import { DateTime } from '../../components/date-time.tsx';
import { isRole } from '../../lib/enums.ts';
import { JiraOrigin } from '../jira/jira-origin.tsx';
import { describeEvent, eventDetails } from './describe-event.ts';

function TimelineEntry({ event }: { event: TTimelineEvent }) {
  const { t } = useTranslation();
  const isInternal = event.isInternal || event.type === 'internal_note';
  const details = eventDetails(t, event);
  return (
    <li
      className={isInternal ? 'timeline-event timeline-event--internal' : 'timeline-event'}
      data-testid="timeline-event"
      data-event-type={event.type}
      data-internal={isInternal ? 'true' : undefined}
      data-origin={event.origin?.reference}
    >
      <div className="timeline-event__meta">
        {event.data.origin === 'jira' ? (
          <JiraOrigin authorName={event.data.authorName} />
        ) : (
          <span className="timeline-event__actor">{event.actorName ?? t('common.system')}</span>
        )}
        {isRole(event.actorRole) ? <span className="timeline-event__role">{t(`role.${event.actorRole}`)}</span> : null}
        {event.origin ? (
          <span className="badge badge--origin" data-testid="timeline-origin">
            {t('consolidation.request.origin', { reference: event.origin.reference })}
          </span>
        ) : null}
        {isInternal ? (
          <span className="badge badge--internal" data-testid="timeline-internal">
            {t('timeline.internalNote')}
          </span>
        ) : null}
        <span className="timeline-event__time">
          <DateTime value={event.createdAt} mode="both" />
        </span>
      </div>
      <p className="timeline-event__action">{describeEvent(t, event)}</p>
      {event.body ? (
        <div className="timeline-event__body prewrap" dir="auto" data-testid="timeline-body">
          {event.body}
        </div>
      ) : null}
      {details.length ? (
        <dl className="timeline-event__details">
          {details.map(({ label, value }) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="prewrap" dir="auto">
                {value}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}

export function Timeline({ events }: { events: TTimelineEvent[] }) {
  const { t } = useTranslation();
  if (!events.length) return <p className="muted">{t('timeline.empty')}</p>;
  return (
    <ol className="timeline" data-testid="timeline">
      {events.map((event) => (
        <TimelineEntry key={event.id} event={event} />
      ))}
    </ol>
  );
}
