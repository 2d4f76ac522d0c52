import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { CHANNELS } from '../../../../shared/constants.ts';
import { REQUEST_SOURCE_VIAS } from '../../../../shared/schemas.ts';
import { api, withQuery } from '../../api/client.ts';
import type { TSite } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { StatusBadge } from '../../components/badges.tsx';
import { DateTime } from '../../components/date-time.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import type { TConsolidatedCounts, TConsolidatedList, TDuplicatePairList } from './consolidation-api.ts';
import { DuplicatePairCard } from './duplicate-pair-card.tsx';
import { SourceChart } from './source-chart.tsx';
import { SourceLabel } from './source-label.tsx';

/** Coordinators, the help desk and admins: every channel across their sites, with possible duplicates to review. */
export function ConsolidatedPage() {
  const { t } = useTranslation();
  usePageTitle(t('consolidation.title'));
  const [params, setParams] = useSearchParams();
  const filters = {
    siteId: params.get('siteId') ?? '',
    via: params.get('via') ?? '',
    channel: params.get('channel') ?? '',
    isFlagged: params.get('isFlagged') === 'true' ? 'true' : '',
  };
  const setFilter = (key: keyof typeof filters, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState('');
  const sites = useApiData<TSite[]>('/api/sites');
  const counts = useApiData<TConsolidatedCounts>(withQuery('/api/consolidated/counts', { siteId: filters.siteId, v: version }));
  const pairs = useApiData<TDuplicatePairList>(withQuery('/api/duplicates', { siteId: filters.siteId, limit: 20, v: version }));
  const listPath = withQuery('/api/consolidated/requests', { ...filters, v: version });
  const firstPage = useApiData<TConsolidatedList>(listPath);
  // Further pages belong to the list they continued; new filters start over.
  const [more, setMore] = useState<{ path: string; list: TConsolidatedList } | null>(null);
  const extra = more && more.path === listPath ? more.list : null;
  const items = [...(firstPage.data?.items ?? []), ...(extra?.items ?? [])];
  const nextCursor = extra ? extra.nextCursor : (firstPage.data?.nextCursor ?? null);
  const loadMore = async () => {
    if (!nextCursor) return;
    const page = await api.get<TConsolidatedList>(withQuery('/api/consolidated/requests', { ...filters, cursor: nextCursor }));
    setMore({ path: listPath, list: { items: [...(extra?.items ?? []), ...page.items], nextCursor: page.nextCursor } });
  };
  const changed = (message: string) => {
    setNotice(message);
    setVersion((value) => value + 1);
  };

  return (
    <div className="page" data-testid="consolidated-page">
      <div className="page__header">
        <h1>{t('consolidation.title')}</h1>
      </div>
      <p className="muted">{t('consolidation.intro')}</p>
      <form className="filters" onSubmit={(event) => event.preventDefault()} data-testid="consolidated-filters">
        <label>
          {t('consolidation.filters.site')}
          <select value={filters.siteId} onChange={(event) => setFilter('siteId', event.target.value)} data-testid="filter-site">
            <option value="">{t('consolidation.filters.all')}</option>
            {(sites.data ?? []).map((site) => (
              <option key={site.id} value={site.id}>
                {site.code} · {site.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('consolidation.filters.via')}
          <select value={filters.via} onChange={(event) => setFilter('via', event.target.value)} data-testid="filter-via">
            <option value="">{t('consolidation.filters.all')}</option>
            {REQUEST_SOURCE_VIAS.map((via) => (
              <option key={via} value={via}>
                {t(`consolidation.via.${via}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('consolidation.filters.channel')}
          <select
            value={filters.channel}
            onChange={(event) => setFilter('channel', event.target.value)}
            data-testid="filter-channel"
          >
            <option value="">{t('consolidation.filters.all')}</option>
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channel.${channel}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filters.isFlagged === 'true'}
            onChange={(event) => setFilter('isFlagged', event.target.checked ? 'true' : '')}
            data-testid="filter-flagged"
          />
          {t('consolidation.filters.flagged')}
        </label>
      </form>
      {notice ? (
        <p className="notice" role="status" data-testid="consolidation-notice">
          {notice}
        </p>
      ) : null}
      <ErrorAlert error={counts.error ?? pairs.error ?? firstPage.error} />
      {counts.data ? <SourceChart counts={counts.data} /> : null}
      <section className="panel" aria-labelledby="pairs-title">
        <h2 id="pairs-title">{t('consolidation.pairs.title')}</h2>
        {pairs.data && pairs.data.items.length === 0 ? <p className="muted">{t('consolidation.pairs.empty')}</p> : null}
        <ul className="pair-list" data-testid="duplicate-pairs">
          {(pairs.data?.items ?? []).map((pair) => (
            <DuplicatePairCard key={pair.id} pair={pair} onChanged={changed} />
          ))}
        </ul>
      </section>
      <div className="table-wrap">
        <table className="table table--cards" data-testid="consolidated-table">
          <thead>
            <tr>
              <th>{t('consolidation.table.reference')}</th>
              <th>{t('consolidation.table.site')}</th>
              <th className="col-summary">{t('consolidation.table.summary')}</th>
              <th>{t('consolidation.table.reporter')}</th>
              <th>{t('consolidation.table.source')}</th>
              <th>{t('consolidation.table.status')}</th>
              <th>{t('consolidation.table.created')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((row) => (
              <tr key={row.id} data-testid="consolidated-row" data-reference={row.reference}>
                <td>
                  <Link to={`/requests/${row.reference}`}>{row.reference}</Link>
                </td>
                <td>{row.siteCode}</td>
                <td className="col-summary" dir="auto">
                  {row.summary}{' '}
                  {row.possibleDuplicateCount > 0 ? (
                    <span className="badge badge--duplicate" data-testid="duplicate-flag">
                      {t('consolidation.flag')}
                    </span>
                  ) : null}
                  {row.mergedIntoReference ? (
                    <span className="muted"> {t('consolidation.mergedInto', { reference: row.mergedIntoReference })}</span>
                  ) : null}
                </td>
                <td dir="auto">{row.reporterName ?? ''}</td>
                <td>
                  {t(`channel.${row.channel}`)} · <SourceLabel source={row.source} testId="row-source" />
                </td>
                <td>
                  <StatusBadge status={row.status} />
                </td>
                <td>
                  <DateTime value={row.createdAt} mode="date" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {firstPage.data && items.length === 0 ? <p className="empty">{t('consolidation.table.empty')}</p> : null}
      {nextCursor ? (
        <div className="load-more">
          <button type="button" className="button" onClick={loadMore} data-testid="consolidated-more">
            {t('consolidation.table.more')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
