import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { MODULES } from '../../../../shared/constants.ts';
import type { TListReleasesResponse } from '../../../../shared/release-schemas.ts';
import { withQuery } from '../../api/client.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FilterSelect } from '../../components/filter-select.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ReleaseStatusBadge } from './release-badges.tsx';
import { releasePaths } from './release-paths.ts';

/** /releases: every maintenance release, latest planned first, filtered by module. */
export function ReleasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('releases.list.title'));
  const [params, setParams] = useSearchParams();
  const module = params.get('module') ?? '';
  const { data, error, isLoading } = useApiData<TListReleasesResponse>(withQuery('/api/releases', { module }));

  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('releases.list.title')}</h1>
        {data?.canCreate ? (
          <div className="page__actions">
            <Link to={releasePaths.create} className="button button--primary" data-testid="release-new">
              {t('releases.list.new')}
            </Link>
          </div>
        ) : null}
      </div>
      <div className="filters filters--inline">
        <FilterSelect
          id="release-module"
          label={t('releases.fields.module')}
          value={module}
          testId="release-module-filter"
          options={MODULES.map((code) => ({ value: code, label: t(`module.${code}`) }))}
          onChange={(value) => setParams(value ? { module: value } : {})}
        />
      </div>
      <ErrorAlert error={error} />
      {isLoading && !data ? <p role="status">{t('common.loading')}</p> : null}
      {data && data.items.length === 0 ? (
        <p className="empty" data-testid="releases-empty">
          {t('releases.list.empty')}
        </p>
      ) : null}
      {data && data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table table--cards" data-testid="releases-table">
            <caption className="visually-hidden">{t('releases.list.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('releases.fields.version')}</th>
                <th scope="col">{t('releases.fields.module')}</th>
                <th scope="col">{t('releases.fields.status')}</th>
                <th scope="col">{t('releases.fields.plannedDate')}</th>
                <th scope="col">{t('releases.detail.fixed')}</th>
                <th scope="col">{t('releases.detail.backlog')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((release) => (
                <tr key={release.id} data-testid="release-row" data-version={release.version}>
                  <td data-label={t('releases.fields.version')}>
                    <Link to={releasePaths.detail(release.id)} className="reference">
                      {release.version}
                    </Link>
                  </td>
                  <td data-label={t('releases.fields.module')}>{t(`module.${release.module}`)}</td>
                  <td data-label={t('releases.fields.status')}>
                    <ReleaseStatusBadge status={release.status} />
                  </td>
                  <td data-label={t('releases.fields.plannedDate')}>
                    <time dateTime={release.plannedDate}>{release.plannedDate}</time>
                  </td>
                  <td data-label={t('releases.detail.fixed')}>{t('releases.list.fixed', { count: release.fixedCount })}</td>
                  <td data-label={t('releases.detail.backlog')}>
                    {t('releases.list.deferred', { count: release.deferredCount })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
