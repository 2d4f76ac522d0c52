import { useTranslation } from 'react-i18next';
import type { TNotification } from '../../../../shared/community-schemas.ts';
import { DateTime } from '../../components/date-time.tsx';
import { notificationTitle } from './notification-title.ts';

type Props = { notification: TNotification; onOpen: (notification: TNotification) => void };

export function NotificationItem({ notification, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const title = notificationTitle(t, i18n.language, notification);
  return (
    <li
      className={notification.isRead ? 'notification' : 'notification notification--unread'}
      data-testid="notification-item"
      data-read={notification.isRead ? 'true' : 'false'}
    >
      <a
        href={notification.link}
        className="notification__link"
        dir="auto"
        data-testid="notification-link"
        onClick={(event) => {
          // Plain clicks stay in the app; modified clicks open a tab as usual.
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          onOpen(notification);
        }}
      >
        {notification.isRead ? null : <span className="visually-hidden">{t('community.notifications.unread')}: </span>}
        {title}
      </a>
      <span className="muted notification__time">
        <DateTime value={notification.createdAt} mode="relative" />
      </span>
    </li>
  );
}
