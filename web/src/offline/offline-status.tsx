import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import './offline.css';
import { useMe } from '../auth/auth-context.tsx';
import { valueLabel } from '../pages/request/describe-event.ts';
import { describeOutboxItem } from './describe-outbox-item.ts';
import { discardChange, dismissNotice } from './outbox.ts';
import { announceOutboxChanged } from './outbox-events.ts';
import { useIsOnline, useOutbox } from './use-outbox.ts';
import { useOutboxSender } from './use-outbox-sender.ts';

/**
 * Under the header: whether the browser is offline, how many changes wait to be sent, the ones
 * the server refused (with the reason, to discard) and the conflicts it settled. Also sends the
 * outbox whenever the connection returns.
 */
export function OfflineStatus() {
  const { t } = useTranslation();
  const { user } = useMe();
  const isOnline = useIsOnline();
  const { items, notices, pending } = useOutbox();
  useOutboxSender();
  const rejected = items.filter((item) => item.state === 'rejected');

  if (isOnline && !pending.length && !rejected.length && !notices.length) return null;
  return (
    <div className="offline-status" data-testid="offline-status">
      {!isOnline ? (
        <div className="alert alert--warning banner" role="status" data-testid="offline-indicator">
          {t('offline.offlineNow')}
        </div>
      ) : null}
      {pending.length ? (
        <div className="alert banner offline-status__pending" role="status">
          <span data-testid="outbox-pending" data-count={pending.length}>
            {t('offline.pending', { count: pending.length })}
          </span>
          {isOnline ? (
            <button type="button" className="button button--small" onClick={announceOutboxChanged} data-testid="outbox-send-now">
              {t('offline.sendNow')}
            </button>
          ) : null}
        </div>
      ) : null}
      {rejected.length ? (
        <div className="alert alert--error banner" role="alert" data-testid="outbox-rejected">
          <strong>{t('offline.rejectedTitle')}</strong>
          <ul>
            {rejected.map((item) => (
              <li key={item.clientId} data-testid="outbox-rejected-item">
                {t('offline.rejectedItem', {
                  what: describeOutboxItem(t, item),
                  reason: [item.problem?.title, ...(item.problem?.errors ?? []).map((e) => `${e.field} ${e.message}`)]
                    .filter(Boolean)
                    .join(' — '),
                })}{' '}
                {item.change.kind === 'create_request' ? (
                  <Link to={`/requests/pending/${item.clientId}`} className="button button--small" data-testid="outbox-open">
                    {t('offline.open')}
                  </Link>
                ) : null}{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void discardChange(user.id, item.clientId)}
                  data-testid="outbox-discard"
                >
                  {t('offline.discard')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {notices.length ? (
        <div className="alert alert--warning banner" role="alert" data-testid="offline-conflicts">
          <strong>{t('offline.conflictTitle')}</strong>
          <ul>
            {notices.map((notice) => (
              <li key={notice.clientId} data-testid="offline-conflict-notice" data-reference={notice.reference ?? ''}>
                {notice.conflicts.map((conflict) => (
                  <span key={conflict.field} className="offline-status__conflict">
                    {t('offline.conflictItem', {
                      reference: notice.reference ?? '',
                      field: t(`fields.${conflict.field === 'assigneeId' ? 'assignee' : conflict.field}`, {
                        defaultValue: conflict.field,
                      }),
                      serverValue: valueLabel(t, conflict.serverValue),
                      offlineValue: valueLabel(t, conflict.offlineValue),
                    })}{' '}
                  </span>
                ))}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void dismissNotice(user.id, notice.clientId)}
                  data-testid="offline-conflict-dismiss"
                >
                  {t('offline.dismiss')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
