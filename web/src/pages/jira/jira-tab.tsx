import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TJiraSyncState } from '../../../../shared/jira-schemas.ts';
import { api } from '../../api/client.ts';
import type { TVendorTeam } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { DateTime } from '../../components/date-time.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { JiraConnectionForm } from './jira-connection-form.tsx';

/** Admin → Jira: each vendor team's connection and sync state, with "resync now" and the settings. */
export function JiraTab() {
  const { t } = useTranslation();
  const teams = useApiData<TVendorTeam[]>('/api/vendor-teams');
  const states = useApiData<TJiraSyncState[]>('/api/jira/sync-states');
  const [editing, setEditing] = useState<TVendorTeam | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const byTeam = new Map((states.data ?? []).map((state) => [state.vendorTeamId, state]));

  const resync = async (teamId: string) => {
    setError(null);
    try {
      const result = await api.post<{ queued: number }>(`/api/vendor-teams/${teamId}/jira/resync`, {});
      setMessage(t('jira.admin.resynced', { queued: result.queued }));
      states.reload();
    } catch (caught) {
      setError(caught);
    }
  };

  if (editing) {
    return (
      <JiraConnectionForm
        team={editing}
        onClose={() => {
          setEditing(null);
          states.reload();
        }}
      />
    );
  }
  return (
    <section data-testid="jira-tab">
      <p className="muted">{t('jira.admin.intro')}</p>
      <ErrorAlert error={error ?? teams.error ?? states.error} />
      {message ? (
        <p role="status" data-testid="jira-message">
          {message}
        </p>
      ) : null}
      <table className="table" data-testid="jira-teams-table">
        <thead>
          <tr>
            <th>{t('jira.admin.team')}</th>
            <th>{t('jira.admin.state')}</th>
            <th>{t('jira.admin.lastSuccess')}</th>
            <th>{t('jira.admin.lastError')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(teams.data ?? []).map((team) => {
            const state = byTeam.get(team.id);
            return (
              <tr key={team.id} data-testid="jira-team-row" data-team={team.name}>
                <td data-label={t('jira.admin.team')}>{team.name}</td>
                <td data-label={t('jira.admin.state')}>
                  {state ? (
                    <>
                      {t('jira.admin.connected', { project: state.projectKey })}
                      {state.isEnabled ? '' : ` (${t('jira.admin.disabled')})`}
                      <br />
                      <span className="muted">
                        {t('jira.admin.counts', {
                          linked: state.linkedCount,
                          pending: state.pendingCount,
                          failed: state.failedCount,
                        })}
                      </span>
                    </>
                  ) : (
                    <span className="muted">{t('jira.admin.notConnected')}</span>
                  )}
                </td>
                <td data-label={t('jira.admin.lastSuccess')}>
                  {state?.lastSuccessAt ? (
                    <DateTime value={state.lastSuccessAt} mode="both" />
                  ) : state ? (
                    t('jira.admin.never')
                  ) : (
                    ''
                  )}
                </td>
                <td data-label={t('jira.admin.lastError')} className="prewrap" dir="auto">
                  {state?.lastError ?? ''}
                </td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => setEditing(team)}
                    aria-label={t('jira.admin.configure', { name: team.name })}
                    data-testid="jira-configure"
                  >
                    {state ? t('jira.admin.configure', { name: team.name }) : t('jira.admin.connect')}
                  </button>
                  {state ? (
                    <button
                      type="button"
                      className="button button--ghost"
                      onClick={() => resync(team.id)}
                      data-testid="jira-resync"
                    >
                      {t('jira.admin.resync')}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
