import { useTranslation } from 'react-i18next';
import type { TNotification } from '../../../../shared/community-schemas.ts';
import { DateTime } from '../../components/date-time.tsx';

type Props = { notification: TNotification; onOpen: (notification: TNotification) => void };

const text = (data: Record<string, unknown>, key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');

export function NotificationItem({ notification, onOpen }: Props) {
  const { t } = useTranslation();
  const { data } = notification;
  const releaseVars = { reference: text(data, 'reference'), version: text(data, 'version') };
  const title =
    notification.type === 'topic_reply'
      ? t('community.notifications.topicReply', { name: text(data, 'actorName'), title: text(data, 'topicTitle') })
      : notification.type === 'release_shipped' || notification.type === 'request_deferred'
        ? t(`releases.notifications.${notification.type}`, releaseVars)
        : notification.type === 'request_comment'
          ? t('mail.notifications.request_comment', { name: text(data, 'actorName'), reference: text(data, 'reference') })
          : notification.title;
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
