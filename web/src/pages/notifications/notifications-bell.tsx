import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { TUnreadCount } from '../../../../shared/community-schemas.ts';
import { api } from '../../api/client.ts';
import { notificationsChanged } from './notifications-changed.ts';

const POLL_MS = 30_000;

/** A link to /notifications with the unread count, refreshed every 30 s, on navigation and after reading. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [unread, setUnread] = useState(0);

  const refresh = useCallback(() => {
    api
      .get<TUnreadCount>('/api/notifications/unread-count')
      .then((result) => setUnread(result.unreadCount))
      .catch(() => undefined); // A missed count is retried at the next poll.
  }, []);

  useEffect(() => {
    void pathname;
    refresh();
  }, [pathname, refresh]);

  useEffect(() => {
    const timer = window.setInterval(refresh, POLL_MS);
    const stop = notificationsChanged.listen(refresh);
    return () => {
      window.clearInterval(timer);
      stop();
    };
  }, [refresh]);

  const label = unread > 0 ? t('community.notifications.bellUnread', { count: unread }) : t('community.notifications.bell');
  return (
    <Link to="/notifications" className="bell" aria-label={label} title={label} data-testid="notifications-bell">
      <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {unread > 0 ? (
        <span className="bell__count" data-testid="notifications-unread" data-count={unread}>
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
