import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { ModuleCode, TVendorTeam } from '../../api/types.ts';
import { useSaveForm } from '../../api/use-save-form.ts';
import { TextField } from '../../components/fields.tsx';
import { AdminForm } from './admin-form.tsx';
import { ModulesCheckboxGroup } from './modules-checkbox-group.tsx';

type Props = { team: TVendorTeam | null; onSaved: (team: TVendorTeam) => void; onCancel: () => void };

const FIELDS = ['name', 'modules', 'jiraProjectKey'] as const;

export function VendorTeamForm({ team, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(team?.name ?? '');
  const [modules, setModules] = useState<ModuleCode[]>(team?.modules ?? []);
  const [jiraProjectKey, setJiraProjectKey] = useState(team?.jiraProjectKey ?? '');
  const form = useSaveForm(() => {
    const body = { name, modules, jiraProjectKey: jiraProjectKey.trim() || null };
    return team ? api.patch<TVendorTeam>(`/api/vendor-teams/${team.id}`, body) : api.post<TVendorTeam>('/api/vendor-teams', body);
  }, onSaved);
  const { errors } = form;

  return (
    <AdminForm
      title={team ? t('admin.teams.edit', { name: team.name }) : t('admin.teams.new')}
      form={form}
      shownFields={FIELDS}
      onCancel={onCancel}
      testId="vendor-team-form"
      saveTestId="vendor-team-save"
    >
      <div className="form__row">
        <TextField
          id="team-name"
          label={t('admin.teams.name')}
          value={name}
          required
          onChange={(event) => setName(event.target.value)}
          errorName="name"
          error={errors.name}
        />
        <TextField
          id="team-jira"
          label={t('admin.teams.jiraProjectKey')}
          hint={t('admin.teams.jiraHint')}
          value={jiraProjectKey}
          maxLength={20}
          onChange={(event) => setJiraProjectKey(event.target.value)}
          errorName="jiraProjectKey"
          error={errors.jiraProjectKey}
        />
      </div>
      <ModulesCheckboxGroup
        id="team-modules"
        legend={t('admin.teams.modules')}
        value={modules}
        onChange={setModules}
        error={errors.modules}
      />
    </AdminForm>
  );
}
