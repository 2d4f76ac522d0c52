import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { TNotification, TUnreadCount } from '../../../../shared/community-schemas.ts';
import { api } from '../../api/client.ts';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { usePagedList } from '../community/use-paged-list.ts';
import { NotificationItem } from './notification-item.tsx';
import { notificationsChanged } from './notifications-changed.ts';

export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('community.notifications.title'));
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const isUnreadOnly = params.get('unread') === 'true';
  const list = usePagedList<TNotification>('/api/notifications', isUnreadOnly ? 'unread=true' : '');
  const markRead = useAction((id: string) => api.post<TNotification>(`/api/notifications/${id}/read`));
  const markAll = useAction(() => api.post<TUnreadCount>('/api/notifications/read-all'));

  const onOpen = async (notification: TNotification) => {
    if (!notification.isRead) {
      await markRead.run(notification.id);
      notificationsChanged.emit();
    }
    navigate(notification.link);
  };
  const onMarkAll = async () => {
    const result = await markAll.run();
    if (!result.ok) return;
    notificationsChanged.emit();
    list.reload();
  };

  return (
    <div className="page page--narrow notifications-page">
      <div className="page__header">
        <h1>{t('community.notifications.title')}</h1>
        <div className="page__actions">
          <label className="check">
            <input
              type="checkbox"
              checked={isUnreadOnly}
              onChange={(event) => setParams(event.target.checked ? { unread: 'true' } : {})}
              data-testid="notifications-unread-only"
            />
            <span>{t('community.notifications.unreadOnly')}</span>
          </label>
          <button
            type="button"
            className="button"
            disabled={markAll.isPending}
            onClick={() => void onMarkAll()}
            data-testid="notifications-mark-all"
          >
            {t('community.notifications.markAllRead')}
          </button>
        </div>
      </div>
      <ErrorAlert error={list.error ?? markAll.error ?? markRead.error} />
      {list.isLoading && !list.items ? <p role="status">{t('common.loading')}</p> : null}
      {list.items ? (
        <>
          <ul className="notification-list" data-testid="notification-list">
            {list.items.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} onOpen={(n) => void onOpen(n)} />
            ))}
          </ul>
          {list.items.length === 0 ? (
            <p className="empty" data-testid="notifications-empty">
              {t('community.notifications.empty')}
            </p>
          ) : null}
          {list.nextCursor ? (
            <div className="load-more">
              <button
                type="button"
                className="button"
                onClick={list.loadMore}
                disabled={list.isLoadingMore}
                data-testid="load-more"
              >
                {list.isLoadingMore ? t('common.loading') : t('common.loadMore')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
