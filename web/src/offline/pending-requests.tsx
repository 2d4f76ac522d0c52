import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { UrgencyBadge } from '../components/badges.tsx';
import { DateTime } from '../components/date-time.tsx';
import { useOutbox } from './use-outbox.ts';

/** Requests logged on this device that the server has not confirmed, above the register. */
export function PendingRequests() {
  const { t } = useTranslation();
  const { items } = useOutbox();
  const requests = items.filter((item) => item.change.kind === 'create_request');
  if (!requests.length) return null;
  return (
    <section className="panel pending-requests" aria-labelledby="pending-requests-title" data-testid="pending-requests">
      <h2 id="pending-requests-title">{t('offline.pendingRequests')}</h2>
      <ul className="pending-requests__list">
        {requests.map((item) => {
          if (item.change.kind !== 'create_request') return null;
          const { input } = item.change;
          return (
            <li
              key={item.clientId}
              className="pending-requests__row"
              data-testid="pending-request-row"
              data-client-id={item.clientId}
              data-state={item.state}
            >
              <span className="badge badge--pending" data-testid="not-yet-sent">
                {t('offline.notYetSent')}
              </span>{' '}
              <Link
                to={`/requests/pending/${item.clientId}`}
                dir="auto"
                data-testid="pending-request-link"
                aria-label={t('offline.openPending', { summary: input.summary })}
              >
                {input.summary}
              </Link>{' '}
              {input.urgency ? <UrgencyBadge urgency={input.urgency} /> : null}{' '}
              {input.reporterName ? <span className="muted">{input.reporterName}</span> : null}{' '}
              <span className="muted">
                <DateTime value={item.createdAt} mode="both" />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
