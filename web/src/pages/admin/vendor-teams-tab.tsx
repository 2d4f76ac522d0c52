import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODULES } from '../../../../shared/constants.ts';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import type { ModuleCode, TVendorTeam } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { CheckboxGroup, TextField } from '../../components/fields.tsx';

type FormProps = { team: TVendorTeam | null; onSaved: (team: TVendorTeam) => void; onCancel: () => void };

function VendorTeamForm({ team, onSaved, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(team?.name ?? '');
  const [modules, setModules] = useState<ModuleCode[]>(team?.modules ?? []);
  const [jiraProjectKey, setJiraProjectKey] = useState(team?.jiraProjectKey ?? '');
  const save = useAction(() => {
    const body = { name, modules, jiraProjectKey: jiraProjectKey.trim() || null };
    return team ? api.patch<TVendorTeam>(`/api/vendor-teams/${team.id}`, body) : api.post<TVendorTeam>('/api/vendor-teams', body);
  });
  const errors = fieldErrorsOf(save.error);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await save.run();
    if (result.ok) onSaved(result.value);
  };

  return (
    <form className="form panel admin-form" onSubmit={onSubmit} noValidate data-testid="vendor-team-form">
      <h3>{team ? t('admin.teams.edit', { name: team.name }) : t('admin.teams.new')}</h3>
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
      <CheckboxGroup
        id="team-modules"
        legend={t('admin.teams.modules')}
        options={MODULES.map((module) => ({ value: module, label: t(`module.${module}`) }))}
        value={modules}
        onChange={setModules}
        errorName="modules"
        error={errors.modules}
      />
      <ErrorAlert error={save.error} shownFields={['name', 'modules', 'jiraProjectKey']} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="vendor-team-save">
          {t('common.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export function VendorTeamsTab() {
  const { t } = useTranslation();
  const teams = useApiData<TVendorTeam[]>('/api/vendor-teams');
  const [editing, setEditing] = useState<TVendorTeam | 'new' | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);

  return (
    <section aria-labelledby="teams-title">
      <div className="section-header">
        <h2 id="teams-title">{t('admin.tabs.teams')}</h2>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setSavedName(null);
            setEditing('new');
          }}
          data-testid="vendor-team-new"
        >
          {t('admin.teams.new')}
        </button>
      </div>
      {savedName ? (
        <div className="alert alert--success" role="status">
          {t('admin.saved', { name: savedName })}
        </div>
      ) : null}
      {editing ? (
        <VendorTeamForm
          key={editing === 'new' ? 'new' : editing.id}
          team={editing === 'new' ? null : editing}
          onSaved={(team) => {
            setEditing(null);
            setSavedName(team.name);
            teams.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <ErrorAlert error={teams.error} />
      <div className="table-wrap">
        <table className="table table--cards" data-testid="vendor-teams-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.teams.name')}</th>
              <th scope="col">{t('admin.teams.modules')}</th>
              <th scope="col">{t('admin.teams.jiraProjectKey')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(teams.data ?? []).map((team) => (
              <tr key={team.id} data-testid="vendor-team-row">
                <td data-label={t('admin.teams.name')}>{team.name}</td>
                <td data-label={t('admin.teams.modules')}>{team.modules.map((module) => t(`module.${module}`)).join(', ')}</td>
                <td data-label={t('admin.teams.jiraProjectKey')}>{team.jiraProjectKey ?? ''}</td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      setSavedName(null);
                      setEditing(team);
                    }}
                    aria-label={t('admin.editNamed', { name: team.name })}
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
