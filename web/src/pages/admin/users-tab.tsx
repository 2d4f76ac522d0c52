import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { TSite, TUser, TVendorTeam } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { AdminListSection, EditButton } from './admin-list-section.tsx';
import { useAdminEditing } from './use-admin-editing.ts';
import { UserForm } from './user-form.tsx';

type TemporaryPassword = { name: string; password: string };

/** A reset password, shown once. */
function TemporaryPasswordNotice({ name, password, onDismiss }: TemporaryPassword & { onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--warning" role="status" data-testid="temporary-password-notice">
      <p>{t('admin.users.temporaryPassword', { name })}</p>
      <p>
        <code className="secret" data-testid="temporary-password">
          {password}
        </code>
      </p>
      <p className="muted">{t('admin.users.temporaryPasswordHint')}</p>
      <button type="button" className="button button--small" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}

export function UsersTab() {
  const { t } = useTranslation();
  const users = useApiData<TUser[]>('/api/users');
  const sites = useApiData<TSite[]>('/api/sites');
  const teams = useApiData<TVendorTeam[]>('/api/vendor-teams');
  const list = useAdminEditing<TUser, TemporaryPassword>(users.reload);

  const setActive = useAction((user: TUser, isActive: boolean) => api.patch<TUser>(`/api/users/${user.id}`, { isActive }));
  const resetPassword = useAction((user: TUser) =>
    api.post<{ temporaryPassword: string }>(`/api/users/${user.id}/password-reset`),
  );

  const siteCodes = (ids: string[]) => ids.map((id) => sites.data?.find((site) => site.id === id)?.code ?? '…').join(', ');
  const teamName = (id: string | null) => (id ? (teams.data?.find((team) => team.id === id)?.name ?? '…') : '');

  const onToggleActive = async (user: TUser) => {
    list.showNotice(null);
    const result = await setActive.run(user, !user.isActive);
    if (result.ok) users.reload();
  };
  const onReset = async (user: TUser) => {
    list.showNotice(null);
    const result = await resetPassword.run(user);
    if (result.ok) list.showNotice({ name: user.name, password: result.value.temporaryPassword });
  };

  return (
    <AdminListSection
      tab="users"
      list={list}
      newLabel={t('admin.users.new')}
      newTestId="user-new"
      renderForm={(user) => (
        <UserForm user={user} sites={sites.data ?? []} teams={teams.data ?? []} onSaved={list.onSaved} onCancel={list.close} />
      )}
      notices={list.notice ? <TemporaryPasswordNotice {...list.notice} onDismiss={() => list.showNotice(null)} /> : null}
      error={users.error ?? setActive.error ?? resetPassword.error}
      tableTestId="users-table"
      columns={[
        t('admin.users.name'),
        t('admin.users.email'),
        t('admin.users.role'),
        t('admin.users.sites'),
        t('admin.users.vendorTeam'),
        t('admin.users.isActive'),
      ]}
    >
      {(users.data ?? []).map((user) => (
        <tr key={user.id} data-testid="user-row" data-email={user.email} className={user.isActive ? '' : 'is-inactive'}>
          <td data-label={t('admin.users.name')}>{user.name}</td>
          <td data-label={t('admin.users.email')}>{user.email}</td>
          <td data-label={t('admin.users.role')}>{t(`role.${user.role}`)}</td>
          <td data-label={t('admin.users.sites')}>{siteCodes(user.siteIds)}</td>
          <td data-label={t('admin.users.vendorTeam')}>{teamName(user.vendorTeamId)}</td>
          <td data-label={t('admin.users.isActive')}>{user.isActive ? t('common.yes') : t('common.no')}</td>
          <td className="table__actions">
            <EditButton name={user.name} onClick={() => list.open(user)} />
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
    </AdminListSection>
  );
}
