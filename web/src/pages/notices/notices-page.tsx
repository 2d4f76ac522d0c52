import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApiData } from '../../api/use-api-data.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { NoticeBadges } from './notice-badges.tsx';
import { NoticeWindow } from './notice-window.tsx';
import { noticePaths, type TNoticeInboxItem, type TNoticeSummary } from './notices-api.ts';

/** /notices: the notices waiting for the reader to relay, then every notice they may see. */
export function NoticesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('notices.title'));
  const { abilities, user } = useMe();
  const isRelayer = user.role === 'coordinator' || user.role === 'site_admin';
  const inbox = useApiData<{ items: TNoticeInboxItem[] }>(isRelayer ? `${noticePaths.inbox}?lang=${i18n.language}` : null);
  const list = useApiData<{ items: TNoticeSummary[] }>(`${noticePaths.list}?lang=${i18n.language}`);

  return (
    <div className="page notices-page">
      <div className="page__header">
        <h1>{t('notices.title')}</h1>
        <div className="page__actions">
          <Link to="/status" className="button button--ghost">
            {t('notices.status.title')}
          </Link>
          {abilities.issueNotices ? (
            <Link to="/notices/new" className="button button--primary" data-testid="notice-new">
              {t('notices.issue')}
            </Link>
          ) : null}
        </div>
      </div>
      {isRelayer ? (
        <section className="panel" data-testid="notice-inbox">
          <h2>{t('notices.inbox.title')}</h2>
          <ErrorAlert error={inbox.error} />
          {inbox.data && inbox.data.items.length === 0 ? <p className="empty">{t('notices.inbox.empty')}</p> : null}
          <ul className="plain-list">
            {inbox.data?.items.map((item) => (
              <li key={`${item.id}-${item.siteId}`} data-testid="notice-inbox-item">
                <Link to={`/notices/${item.id}`}>{item.title}</Link> — {item.siteName}{' '}
                <NoticeBadges type={item.type} phase={item.phase} />
                <div className="muted">
                  <NoticeWindow timeZone={item.sites[0]?.timeZone ?? 'UTC'} start={item.windowStart} end={item.windowEnd} />
                  {item.roundKind !== 'issued' ? ` · ${t(`notices.round.${item.roundKind}`)}` : ''}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 ? <p className="empty">{t('notices.empty')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table" data-testid="notice-list">
            <thead>
              <tr>
                <th>{t('notices.fields.title')}</th>
                <th>{t('notices.type.label')}</th>
                <th>{t('notices.window')}</th>
                <th>{t('notices.sites')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((notice) => (
                <tr key={notice.id} data-testid="notice-row">
                  <td className="col-summary">
                    <Link to={`/notices/${notice.id}`}>{notice.title}</Link>
                  </td>
                  <td>
                    <NoticeBadges type={notice.type} phase={notice.phase} />
                  </td>
                  <td>
                    <NoticeWindow timeZone="UTC" start={notice.windowStart} end={notice.windowEnd} />
                  </td>
                  <td>{notice.sites.map((site) => site.code).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
