import { useTranslation } from 'react-i18next';
import { DateTime } from '../components/date-time.tsx';
import { isStatus } from '../lib/enums.ts';
import { useOutbox } from './use-outbox.ts';

/** This request's comments and changes made on this device and not yet confirmed, after its timeline. */
export function PendingEvents({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const { items } = useOutbox();
  const mine = items.filter((item) => item.change.kind !== 'create_request' && item.change.requestId === requestId);
  if (!mine.length) return null;
  return (
    <ol className="timeline timeline--pending" data-testid="pending-events">
      {mine.map((item) => {
        const { change } = item;
        if (change.kind === 'create_request') return null;
        const status = change.kind === 'update_request' ? change.changes.status : undefined;
        const action =
          change.kind === 'comment'
            ? t('offline.pendingComment')
            : isStatus(status)
              ? t('offline.pendingStatus', { status: t(`status.${status}`) })
              : t('offline.pendingChange');
        return (
          <li
            key={item.clientId}
            className="timeline-event timeline-event--pending"
            data-testid="pending-event"
            data-kind={change.kind}
            data-state={item.state}
          >
            <div className="timeline-event__meta">
              <span className="badge badge--pending" data-testid="not-yet-sent">
                {t('offline.notYetSent')}
              </span>
              <span className="timeline-event__time">
                <DateTime value={item.createdAt} mode="both" />
              </span>
            </div>
            <p className="timeline-event__action">{action}</p>
            {change.kind === 'comment' ? (
              <div className="timeline-event__body prewrap" dir="auto">
                {change.body}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
