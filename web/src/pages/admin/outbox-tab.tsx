import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { EMAIL_STATUSES, type EmailStatus, type TOutboundEmail } from '../../api/mail-types.ts';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FilterSelect } from '../../components/filter-select.tsx';
import { OutboxEmailView } from './outbox-email-view.tsx';
import { OutboxRow } from './outbox-row.tsx';
import { useOutboxList } from './use-outbox-list.ts';

const isEmailStatus = (value: string): value is EmailStatus => (EMAIL_STATUSES as readonly string[]).includes(value);

/** Admin → Outbox: every composed mail with its delivery state; open one to read it, retry failed ones. */
export function OutboxTab() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<EmailStatus | ''>('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [retried, setRetried] = useState<string | null>(null);
  const list = useOutboxList(status);
  const retry = useAction((id: string) => api.post<TOutboundEmail>(`/api/outbox/${encodeURIComponent(id)}/retry`));

  const onRetry = async (id: string) => {
    setRetried(null);
    const result = await retry.run(id);
    if (!result.ok) return;
    setRetried(result.value.subject);
    list.reload();
  };

  const columns = [
    t('mail.outbox.created'),
    t('mail.outbox.recipient'),
    t('mail.outbox.subject'),
    t('mail.outbox.kind'),
    t('mail.outbox.status'),
    t('mail.outbox.lastError'),
    t('mail.outbox.request'),
  ];

  return (
    <section aria-labelledby="outbox-title">
      <div className="section-header">
        <h2 id="outbox-title">{t('mail.outbox.tab')}</h2>
        <FilterSelect
          id="outbox-status"
          label={t('mail.outbox.filter')}
          value={status}
          allLabel={t('mail.outbox.allStatuses')}
          options={EMAIL_STATUSES.map((value) => ({ value, label: t(`mail.outbox.statuses.${value}`) }))}
          onChange={(value) => setStatus(isEmailStatus(value) ? value : '')}
          testId="outbox-status-filter"
        />
      </div>
      <p className="muted">{t('mail.outbox.intro')}</p>
      {retried ? (
        <div className="alert alert--success" role="status">
          {t('mail.outbox.retried', { subject: retried })}
        </div>
      ) : null}
      <ErrorAlert error={list.error ?? retry.error} />
      {openId ? <OutboxEmailView key={openId} id={openId} onClose={() => setOpenId(null)} /> : null}
      <div className="table-wrap">
        <table className="table table--cards" data-testid="outbox-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((email) => (
              <OutboxRow
                key={email.id}
                email={email}
                isOpen={openId === email.id}
                onToggle={() => setOpenId(openId === email.id ? null : email.id)}
                onRetry={() => void onRetry(email.id)}
                isRetrying={retry.isPending}
              />
            ))}
          </tbody>
        </table>
      </div>
      {!list.isLoading && list.items.length === 0 ? (
        <p className="muted" data-testid="outbox-empty">
          {t('mail.outbox.empty')}
        </p>
      ) : null}
      {list.nextCursor ? (
        <button
          type="button"
          className="button"
          disabled={list.isLoadingMore}
          onClick={() => void list.loadMore()}
          data-testid="outbox-load-more"
        >
          {t('mail.outbox.loadMore')}
        </button>
      ) : null}
    </section>
  );
}
