import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { L3_STATES } from '../../../../shared/constants.ts';
import { useRequestList } from '../../api/use-request-list.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FilterSelect } from '../../components/filter-select.tsx';
import { RequestTable } from '../../components/request-table.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatTotal } from '../../lib/format.ts';

const COLUMNS = ['reference', 'summary', 'site', 'module', 'l3State', 'urgency', 'created'] as const;

export function VendorQueuePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('vendorQueue.title'));
  const [params, setParams] = useSearchParams();
  const l3State = params.get('l3State') ?? '';
  const query = useMemo(() => {
    const next = new URLSearchParams();
    if (l3State) next.set('l3State', l3State);
    return next;
  }, [l3State]);
  const { list, error, isLoading, isLoadingMore, loadMore } = useRequestList('/api/vendor-queue', query);

  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('vendorQueue.title')}</h1>
      </div>
      <div className="filters filters--inline">
        <FilterSelect
          id="vendor-l3-state"
          label={t('fields.l3State')}
          value={l3State}
          testId="vendor-l3-filter"
          options={L3_STATES.map((state) => ({ value: state, label: t(`l3State.${state}`) }))}
          onChange={(value) => setParams(value ? { l3State: value } : {})}
        />
        {list ? (
          <p className="register-summary__total" data-testid="vendor-queue-total" aria-live="polite">
            {t('register.total', { total: formatTotal(list, i18n.language) })}
          </p>
        ) : null}
      </div>
      <ErrorAlert error={error} />
      {isLoading && !list ? <p role="status">{t('common.loading')}</p> : null}
      {list ? (
        <div aria-busy={isLoading}>
          <RequestTable items={list.items} columns={COLUMNS} testId="vendor-queue" caption={t('vendorQueue.title')} />
          {list.items.length === 0 ? (
            <p className="empty" data-testid="vendor-queue-empty">
              {t('vendorQueue.empty')}
            </p>
          ) : null}
          {list.nextCursor ? (
            <div className="load-more">
              <button type="button" className="button" onClick={loadMore} disabled={isLoadingMore} data-testid="load-more">
                {isLoadingMore ? t('common.loading') : t('common.loadMore')}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
