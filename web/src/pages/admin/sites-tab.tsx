import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSite } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { SiteForm } from './site-form.tsx';

export function SitesTab() {
  const { t } = useTranslation();
  const sites = useApiData<TSite[]>('/api/sites');
  const [editing, setEditing] = useState<TSite | 'new' | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);

  const onSaved = (site: TSite) => {
    setEditing(null);
    setSavedName(site.name);
    sites.reload();
  };

  return (
    <section aria-labelledby="sites-title">
      <div className="section-header">
        <h2 id="sites-title">{t('admin.tabs.sites')}</h2>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setSavedName(null);
            setEditing('new');
          }}
          data-testid="site-new"
        >
          {t('admin.sites.new')}
        </button>
      </div>
      {savedName ? (
        <div className="alert alert--success" role="status">
          {t('admin.saved', { name: savedName })}
        </div>
      ) : null}
      {editing ? (
        <SiteForm
          key={editing === 'new' ? 'new' : editing.id}
          site={editing === 'new' ? null : editing}
          onSaved={onSaved}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <ErrorAlert error={sites.error} />
      <div className="table-wrap">
        <table className="table table--cards" data-testid="sites-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.sites.code')}</th>
              <th scope="col">{t('admin.sites.name')}</th>
              <th scope="col">{t('admin.sites.country')}</th>
              <th scope="col">{t('admin.sites.modules')}</th>
              <th scope="col">{t('admin.sites.isActive')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(sites.data ?? []).map((site) => (
              <tr key={site.id} data-testid="site-row">
                <td data-label={t('admin.sites.code')}>
                  <strong>{site.code}</strong>
                </td>
                <td data-label={t('admin.sites.name')}>{site.name}</td>
                <td data-label={t('admin.sites.country')}>{site.country}</td>
                <td data-label={t('admin.sites.modules')}>
                  {site.modules
                    .map((module) =>
                      site.moduleVersions[module]
                        ? `${t(`module.${module}`)} ${site.moduleVersions[module]}`
                        : t(`module.${module}`),
                    )
                    .join(', ')}
                </td>
                <td data-label={t('admin.sites.isActive')}>{site.isActive ? t('common.yes') : t('common.no')}</td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      setSavedName(null);
                      setEditing(site);
                    }}
                    aria-label={t('admin.editNamed', { name: site.name })}
                  >
                    {t('common.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
