import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { TMailbox } from '../../api/inbound-types.ts';
import type { TSite } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { MailboxForm } from './mailbox-form.tsx';
import { useAdminEditing } from './use-admin-editing.ts';

/** Admin → Mailboxes: the IMAP mailboxes requests arrive by, each with its state and "test connection". */
export function MailboxesTab() {
  const { t, i18n } = useTranslation();
  const mailboxes = useApiData<{ items: TMailbox[] }>('/api/mailboxes');
  const sites = useApiData<TSite[]>('/api/sites');
  const list = useAdminEditing<TMailbox>(mailboxes.reload);
  const [removed, setRemoved] = useState<string | null>(null);
  const remove = useAction((mailbox: TMailbox) => api.delete<void>(`/api/mailboxes/${mailbox.id}`));
  const siteName = (id: string | null) => sites.data?.find((site) => site.id === id)?.code ?? t('common.none');
  const onRemove = async (mailbox: TMailbox) => {
    if (!window.confirm(t('inbound.removeConfirm', { name: mailbox.name }))) return;
    const result = await remove.run(mailbox);
    if (!result.ok) return;
    setRemoved(mailbox.name);
    mailboxes.reload();
  };
  const state = (mailbox: TMailbox) => {
    if (!mailbox.isActive) return t('inbound.state.inactive');
    if (mailbox.lastError) return mailbox.lastError;
    if (!mailbox.lastCheckedAt) return t('inbound.state.never');
    return t('inbound.state.ok', { time: new Date(mailbox.lastCheckedAt).toLocaleString(i18n.language) });
  };
  const items = mailboxes.data?.items ?? [];
  const columns = ['name', 'site', 'server', 'folder', 'state'] as const;

  return (
    <section aria-labelledby="mailboxes-title">
      <div className="section-header">
        <h2 id="mailboxes-title">{t('inbound.tab')}</h2>
        <button type="button" className="button button--primary" onClick={() => list.open('new')} data-testid="mailbox-new">
          {t('inbound.new')}
        </button>
      </div>
      <p className="muted">{t('inbound.intro')}</p>
      {list.savedName ? (
        <div className="alert alert--success" role="status">
          {t('admin.saved', { name: list.savedName })}
        </div>
      ) : null}
      {removed ? (
        <div className="alert alert--success" role="status">
          {t('inbound.removed', { name: removed })}
        </div>
      ) : null}
      {list.editing ? (
        <MailboxForm
          key={list.editing === 'new' ? 'new' : list.editing.id}
          mailbox={list.editing === 'new' ? null : list.editing}
          sites={sites.data ?? []}
          onSaved={list.onSaved}
          onCancel={list.close}
        />
      ) : null}
      <ErrorAlert error={mailboxes.error ?? remove.error} />
      <div className="table-wrap">
        <table className="table table--cards" data-testid="mailboxes-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(`inbound.columns.${column}`)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((mailbox) => (
              <tr key={mailbox.id} data-testid="mailbox-row">
                <td data-label={t('inbound.columns.name')}>
                  <strong>{mailbox.name}</strong>
                </td>
                <td data-label={t('inbound.columns.site')}>
                  {[
                    siteName(mailbox.siteId),
                    ...mailbox.siteRules.map((rule) => `${rule.address} → ${siteName(rule.siteId)}`),
                  ].join(', ')}
                </td>
                <td data-label={t('inbound.columns.server')} dir="ltr">
                  {mailbox.username}@{mailbox.host}:{mailbox.port} ·{' '}
                  {mailbox.hasPassword ? t('inbound.passwordStored') : t('inbound.passwordMissing')}
                </td>
                <td data-label={t('inbound.columns.folder')} dir="ltr">
                  {mailbox.folder}
                </td>
                <td data-label={t('inbound.columns.state')} data-testid="mailbox-state">
                  {state(mailbox)}
                </td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => list.open(mailbox)}
                    data-testid="mailbox-edit"
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    disabled={remove.isPending}
                    onClick={() => void onRemove(mailbox)}
                    data-testid="mailbox-remove"
                  >
                    {t('inbound.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!mailboxes.isLoading && items.length === 0 ? (
        <p className="muted" data-testid="mailboxes-empty">
          {t('inbound.empty')}
        </p>
      ) : null}
    </section>
  );
}
