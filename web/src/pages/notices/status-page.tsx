import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LanguageSwitcher } from '../../components/language-switcher.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { NoticeBadges } from './notice-badges.tsx';
import { NoticeWindow } from './notice-window.tsx';
import { noticePaths, type TPublicStatus } from './notices-api.ts';

/** /status, for anyone: scheduled and ongoing maintenance per site, each in its own time zone, with its calendar feed. */
export function StatusPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('notices.status.title'));
  const status = useApiData<TPublicStatus>(`${noticePaths.status}?lang=${i18n.language}`);
  return (
    <main className="page status-page" id="main" data-testid="status-page">
      <div className="page__header">
        <h1>{t('notices.status.title')}</h1>
        <div className="page__actions">
          <LanguageSwitcher />
          <Link to="/" className="button button--ghost">
            {t('notices.status.signIn')}
          </Link>
        </div>
      </div>
      <p className="muted">{t('notices.status.intro')}</p>
      <ErrorAlert error={status.error} />
      {status.data?.sites.map((site) => (
        <section key={site.code} className="panel" data-testid="status-site" data-site={site.code}>
          <h2>
            {site.name} <span className="muted">({site.country})</span>
          </h2>
          {site.items.length === 0 ? <p className="empty">{t('notices.status.none')}</p> : null}
          <ul className="plain-list">
            {site.items.map((item) => (
              <li key={item.id} data-testid="status-item" data-phase={item.phase}>
                <strong>{item.title}</strong> <NoticeBadges type={item.type} phase={item.phase} />
                <div>
                  <NoticeWindow timeZone={site.timeZone} start={item.windowStart} end={item.windowEnd} />
                </div>
                <div
                  className="kb-body"
                  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server's own Markdown renderer
                  dangerouslySetInnerHTML={{ __html: item.bodyHtml }}
                />
              </li>
            ))}
          </ul>
          <a href={noticePaths.calendar(site.code)} data-testid="status-calendar">
            {t('notices.status.calendar')}
          </a>
        </section>
      ))}
    </main>
  );
}
