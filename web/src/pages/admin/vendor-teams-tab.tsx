import { useTranslation } from 'react-i18next';
import type { TVendorTeam } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { AdminListSection, EditButton } from './admin-list-section.tsx';
import { useAdminEditing } from './use-admin-editing.ts';
import { VendorTeamForm } from './vendor-team-form.tsx';

export function VendorTeamsTab() {
  const { t } = useTranslation();
  const teams = useApiData<TVendorTeam[]>('/api/vendor-teams');
  const list = useAdminEditing<TVendorTeam>(teams.reload);

  return (
    <AdminListSection
      tab="teams"
      list={list}
      newLabel={t('admin.teams.new')}
      newTestId="vendor-team-new"
      renderForm={(team) => <VendorTeamForm team={team} onSaved={list.onSaved} onCancel={list.close} />}
      error={teams.error}
      tableTestId="vendor-teams-table"
      columns={[t('admin.teams.name'), t('admin.teams.modules'), t('admin.teams.jiraProjectKey')]}
    >
      {(teams.data ?? []).map((team) => (
        <tr key={team.id} data-testid="vendor-team-row">
          <td data-label={t('admin.teams.name')}>{team.name}</td>
          <td data-label={t('admin.teams.modules')}>{team.modules.map((module) => t(`module.${module}`)).join(', ')}</td>
          <td data-label={t('admin.teams.jiraProjectKey')}>{team.jiraProjectKey ?? ''}</td>
          <td className="table__actions">
            <EditButton name={team.name} onClick={() => list.open(team)} />
          </td>
        </tr>
      ))}
    </AdminListSection>
  );
}
