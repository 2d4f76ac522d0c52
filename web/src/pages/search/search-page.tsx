import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { TSearchResponse } from '../../api/search-types.ts';
import type { TSite } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { SearchBox } from './search-box.tsx';
import { SearchFacets } from './search-facets.tsx';
import { hasFilters, searchApiPath, toggleIn } from './search-params.ts';
import { SearchResult } from './search-result.tsx';

/** /search?q=&type=&module=&language=&siteId=: one search over articles, topics and requests, every choice in the URL. */
export function SearchPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  usePageTitle(q ? t('search.titleWithQuery', { q }) : t('search.title'));

  const path = useMemo(() => searchApiPath(params), [params]);
  const { data, error, isLoading, reload } = useApiData<TSearchResponse>(path);
  const sites = useApiData<TSite[]>('/api/sites');

  // While the next answer loads, the previous one stays on screen (dimmed) instead of a blank page.
  const [previous, setPrevious] = useState<TSearchResponse | undefined>(undefined);
  useEffect(() => {
    if (data) setPrevious(data);
  }, [data]);
  const shown = data ?? (isLoading ? previous : undefined);

  const siteCodes = useMemo(() => {
    const codes = new Map<string, string>();
    for (const site of sites.data ?? []) codes.set(site.id, site.code);
    for (const hit of shown?.items ?? []) if (hit.siteId && hit.siteCode) codes.set(hit.siteId, hit.siteCode);
    return codes;
  }, [sites.data, shown]);

  const onSearch = useCallback(
    (next: string) =>
      setParams((current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set('q', next);
        else updated.delete('q');
        return updated;
      }),
    [setParams],
  );
  const onToggle = useCallback(
    (key: string, value: string) => setParams((current) => toggleIn(current, key, value)),
    [setParams],
  );
  const onClear = useCallback(() => setParams(q ? { q } : {}), [setParams, q]);

  const total = shown ? Object.values(shown.facets.type).reduce((sum, count) => sum + count, 0) : 0;

  return (
    <div className="page search-page" data-testid="search-page">
      <h1>{t('search.title')}</h1>
      <p className="muted">{t('search.intro')}</p>
      <SearchBox q={q} onSearch={onSearch} />
      {q ? (
        <div className="search-layout">
          {shown ? (
            <aside className="search-layout__facets" aria-label={t('search.facets.label')}>
              <SearchFacets facets={shown.facets} params={params} siteCodes={siteCodes} onToggle={onToggle} />
              {hasFilters(params) ? (
                <button type="button" className="button button--small" data-testid="search-clear-filters" onClick={onClear}>
                  {t('search.facets.clear')}
                </button>
              ) : null}
            </aside>
          ) : null}
          <section className="search-layout__results" aria-labelledby="search-results-title" aria-busy={isLoading}>
            <h2 id="search-results-title" className="visually-hidden">
              {t('search.results')}
            </h2>
            {error ? (
              <div className="search-error" data-testid="search-error">
                <p className="search-error__title">{t('search.error')}</p>
                <ErrorAlert error={error} />
                <button type="button" className="button" onClick={reload}>
                  {t('common.retry')}
                </button>
              </div>
            ) : null}
            {!shown && isLoading ? <p className="page-loading">{t('common.loading')}</p> : null}
            {shown && !error ? (
              <>
                {shown.correctedQuery ? (
                  <p className="search-corrected" data-testid="search-corrected">
                    {t('search.correctedTo', { q, corrected: shown.correctedQuery })}
                  </p>
                ) : null}
                <p className="search-count" role="status">
                  {shown.items.length
                    ? t('search.resultCount', { count: total, shown: shown.items.length.toLocaleString(i18n.language) })
                    : null}
                </p>
                {shown.items.length ? (
                  <ol className={isLoading ? 'search-results is-stale' : 'search-results'}>
                    {shown.items.map((hit) => (
                      <SearchResult key={`${hit.type}:${hit.id}`} hit={hit} />
                    ))}
                  </ol>
                ) : data ? (
                  <div className="empty" data-testid="search-empty">
                    <p>{t('search.empty', { q })}</p>
                    <p className="muted">{t('search.emptyHint')}</p>
                  </div>
                ) : null}
              </>
            ) : null}
          </section>
        </div>
      ) : (
        <p className="empty">{t('search.prompt')}</p>
      )}
    </div>
  );
}
