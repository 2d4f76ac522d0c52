import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { STATUSES } from '../../../../shared/constants.ts';
import type { TSite } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { useRequestList } from '../../api/use-request-list.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { RequestTable } from '../../components/request-table.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatTotal } from '../../lib/format.ts';
import { onOutboxChanged } from '../../offline/outbox-events.ts';
import { PendingRequests } from '../../offline/pending-requests.tsx';
import { ExportButtons } from '../register-sheets/export-buttons.tsx';
import { RegisterFilters } from './register-filters.tsx';
import { apiQueryOf, type RegisterFilter } from './register-params.ts';

const COLUMNS = ['reference', 'summary', 'site', 'module', 'level', 'status', 'urgency', 'assignee', 'due', 'created'] as const;

const PINNED_COLUMNS = ['reference', 'summary', 'site', 'module', 'level', 'status', 'assignee', 'created'] as const;

export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const { user, abilities } = useMe();
  const isReporter = user.role === 'reporter';
  const title = isReporter ? t('register.myTitle') : t('register.title');
  usePageTitle(title);

  const [params, setParams] = useSearchParams();
  const query = useMemo(() => apiQueryOf(params), [params]);
  const { list, error, isLoading, isLoadingMore, loadMore, reload } = useRequestList('/api/requests', query);
  // Requests sent from this device's outbox join the list as soon as the server has them.
  useEffect(() => onOutboxChanged(reload), [reload]);
  const sites = useApiData<TSite[]>('/api/sites');

  const onChange = useCallback(
    (changes: Partial<Record<RegisterFilter | 'sort' | 'order', string>>, replace = false) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          next.delete('cursor');
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );
  const onClear = useCallback(() => setParams(new URLSearchParams()), [setParams]);

  const activeStatus = params.get('status') ?? '';

  return (
    <div className="page">
      <div className="page__header">
        <h1>{title}</h1>
        <div className="page__actions">
          {abilities.createRequest ? (
            <Link to="/requests/new" className="button button--primary">
              {t('nav.newRequest')}
            </Link>
          ) : null}
          {abilities.logPhoneRequest ? (
            <Link to="/requests/phone-log" className="button">
              {t('nav.phoneLog')}
            </Link>
          ) : null}
          {abilities.importRegister ? (
            <Link to="/register/import" className="button" data-testid="register-import-link">
              {t('sheets.importLink')}
            </Link>
          ) : null}
        </div>
      </div>

      <PendingRequests />
      {abilities.exportRegister ? <ExportButtons query={query} /> : null}

      <RegisterFilters params={params} sites={sites.data ?? []} onChange={onChange} onClear={onClear} />

      {list ? (
        <div className="register-summary">
          <p className="register-summary__total" data-testid="register-total" aria-live="polite">
            {t('register.total', { total: formatTotal(list, i18n.language) })}
          </p>
          <ul className="status-counts" aria-label={t('register.countsByStatus')}>
            {STATUSES.filter((status) => list.countsByStatus[status]).map((status) => (
              <li key={status}>
                <button
                  type="button"
                  className="chip"
                  aria-pressed={activeStatus === status}
                  data-testid={`status-count-${status}`}
                  onClick={() => onChange({ status: activeStatus === status ? '' : status })}
                >
                  {t(`status.${status}`)} <strong>{list.countsByStatus[status]}</strong>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {list?.pinned.length ? (
        <section className="panel pinned-criticals" aria-labelledby="pinned-title" data-testid="pinned-criticals">
          <h2 id="pinned-title">{t('sla.pinnedTitle')}</h2>
          <RequestTable items={list.pinned} columns={PINNED_COLUMNS} testId="pinned-table" caption={t('sla.pinnedTitle')} />
        </section>
      ) : null}

      <ErrorAlert error={error} />
      {isLoading && !list ? (
        <p role="status">{t('common.loading')}</p>
      ) : list ? (
        <div aria-busy={isLoading}>
          <RequestTable items={list.items} columns={COLUMNS} testId="register-table" caption={title} />
          {list.items.length === 0 ? (
            <p className="empty" data-testid="register-empty">
              {t('register.empty')}
            </p>
          ) : null}
          {list.nextCursor ? (
            <div className="load-more">
              <button type="button" className="button" onClick={loadMore} disabled={isLoadingMore} data-testid="load-more">
                {isLoadingMore ? t('common.loading') : t('common.loadMore')}
              </button>
              <span className="muted">{t('register.showing', { shown: list.items.length, total: list.total })}</span>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
