import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { TSite, TUser, TVendorTeam } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { UserForm } from './user-form.tsx';

type Notice = { kind: 'saved'; name: string } | { kind: 'password'; name: string; password: string };

export function UsersTab() {
  const { t } = useTranslation();
  const users = useApiData<TUser[]>('/api/users');
  const sites = useApiData<TSite[]>('/api/sites');
  const teams = useApiData<TVendorTeam[]>('/api/vendor-teams');
  const [editing, setEditing] = useState<TUser | 'new' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const setActive = useAction((user: TUser, isActive: boolean) => api.patch<TUser>(`/api/users/${user.id}`, { isActive }));
  const resetPassword = useAction((user: TUser) =>
    api.post<{ temporaryPassword: string }>(`/api/users/${user.id}/password-reset`),
  );

  const siteCodes = (ids: string[]) => ids.map((id) => sites.data?.find((site) => site.id === id)?.code ?? '…').join(', ');
  const teamName = (id: string | null) => (id ? (teams.data?.find((team) => team.id === id)?.name ?? '…') : '');

  const onToggleActive = async (user: TUser) => {
    setNotice(null);
    const result = await setActive.run(user, !user.isActive);
    if (result.ok) users.reload();
  };
  const onReset = async (user: TUser) => {
    setNotice(null);
    const result = await resetPassword.run(user);
    if (result.ok) setNotice({ kind: 'password', name: user.name, password: result.value.temporaryPassword });
  };

  return (
    <section aria-labelledby="users-title">
      <div className="section-header">
        <h2 id="users-title">{t('admin.tabs.users')}</h2>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setNotice(null);
            setEditing('new');
          }}
          data-testid="user-new"
        >
          {t('admin.users.new')}
        </button>
      </div>
      {notice?.kind === 'saved' ? (
        <div className="alert alert--success" role="status">
          {t('admin.saved', { name: notice.name })}
        </div>
      ) : null}
      {notice?.kind === 'password' ? (
        <div className="alert alert--warning" role="status" data-testid="temporary-password-notice">
          <p>{t('admin.users.temporaryPassword', { name: notice.name })}</p>
          <p>
            <code className="secret" data-testid="temporary-password">
              {notice.password}
            </code>
          </p>
          <p className="muted">{t('admin.users.temporaryPasswordHint')}</p>
          <button type="button" className="button button--small" onClick={() => setNotice(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      ) : null}
      {editing ? (
        <UserForm
          key={editing === 'new' ? 'new' : editing.id}
          user={editing === 'new' ? null : editing}
          sites={sites.data ?? []}
          teams={teams.data ?? []}
          onSaved={(user) => {
            setEditing(null);
            setNotice({ kind: 'saved', name: user.name });
            users.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <ErrorAlert error={users.error ?? setActive.error ?? resetPassword.error} />
      <div className="table-wrap">
        <table className="table table--cards" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.users.name')}</th>
              <th scope="col">{t('admin.users.email')}</th>
              <th scope="col">{t('admin.users.role')}</th>
              <th scope="col">{t('admin.users.sites')}</th>
              <th scope="col">{t('admin.users.vendorTeam')}</th>
              <th scope="col">{t('admin.users.isActive')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(users.data ?? []).map((user) => (
              <tr key={user.id} data-testid="user-row" data-email={user.email} className={user.isActive ? '' : 'is-inactive'}>
                <td data-label={t('admin.users.name')}>{user.name}</td>
                <td data-label={t('admin.users.email')}>{user.email}</td>
                <td data-label={t('admin.users.role')}>{t(`role.${user.role}`)}</td>
                <td data-label={t('admin.users.sites')}>{siteCodes(user.siteIds)}</td>
                <td data-label={t('admin.users.vendorTeam')}>{teamName(user.vendorTeamId)}</td>
                <td data-label={t('admin.users.isActive')}>{user.isActive ? t('common.yes') : t('common.no')}</td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      setNotice(null);
                      setEditing(user);
                    }}
                    aria-label={t('admin.editNamed', { name: user.name })}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={setActive.isPending}
                    onClick={() => void onToggleActive(user)}
                    data-testid={user.isActive ? 'user-deactivate' : 'user-activate'}
                  >
                    {user.isActive ? t('admin.users.deactivate') : t('admin.users.activate')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={resetPassword.isPending}
                    onClick={() => void onReset(user)}
                    data-testid="user-reset-password"
                  >
                    {t('admin.users.resetPassword')}
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
