import { useTranslation } from 'react-i18next';
import type { TSite } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { AdminListSection, EditButton } from './admin-list-section.tsx';
import { SiteForm } from './site-form.tsx';
import { useAdminEditing } from './use-admin-editing.ts';

export function SitesTab() {
  const { t } = useTranslation();
  const sites = useApiData<TSite[]>('/api/sites');
  const list = useAdminEditing<TSite>(sites.reload);
  const moduleWithVersion = (site: TSite, module: TSite['modules'][number]) =>
    site.moduleVersions[module] ? `${t(`module.${module}`)} ${site.moduleVersions[module]}` : t(`module.${module}`);

  return (
    <AdminListSection
      tab="sites"
      list={list}
      newLabel={t('admin.sites.new')}
      newTestId="site-new"
      renderForm={(site) => <SiteForm site={site} onSaved={list.onSaved} onCancel={list.close} />}
      error={sites.error}
      tableTestId="sites-table"
      columns={[
        t('admin.sites.code'),
        t('admin.sites.name'),
        t('admin.sites.country'),
        t('admin.sites.modules'),
        t('admin.sites.isActive'),
      ]}
    >
      {(sites.data ?? []).map((site) => (
        <tr key={site.id} data-testid="site-row">
          <td data-label={t('admin.sites.code')}>
            <strong>{site.code}</strong>
          </td>
          <td data-label={t('admin.sites.name')}>{site.name}</td>
          <td data-label={t('admin.sites.country')}>{site.country}</td>
          <td data-label={t('admin.sites.modules')}>
            {site.modules.map((module) => moduleWithVersion(site, module)).join(', ')}
          </td>
          <td data-label={t('admin.sites.isActive')}>{site.isActive ? t('common.yes') : t('common.no')}</td>
          <td className="table__actions">
            <EditButton name={site.name} onClick={() => list.open(site)} />
          </td>
        </tr>
      ))}
    </AdminListSection>
  );
}
