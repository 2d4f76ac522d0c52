import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { KbArticleCard } from './kb-article-card.tsx';
import { type KbFilter, KbFilters } from './kb-filters.tsx';
import { kbPaths } from './kb-paths.ts';
import { useArticleList } from './use-article-list.ts';

const API_PARAMS: readonly KbFilter[] = ['q', 'language', 'module', 'tag', 'status'];

/** /kb: the articles the user may read, searchable and filtered by language, module, tag and status. */
export function KbListPage() {
  const { t, i18n } = useTranslation();
  const { abilities } = useMe();
  usePageTitle(t('kb.title'));
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams();
  for (const key of API_PARAMS) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const { list, error, isLoading, isLoadingMore, loadMore } = useArticleList(query.toString());

  const onChange = useCallback(
    (changes: Partial<Record<KbFilter, string>>, replace = false) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );
  const onClear = useCallback(() => setParams(new URLSearchParams()), [setParams]);

  return (
    <div className="page kb-page">
      <div className="page__header">
        <h1>{t('kb.title')}</h1>
        {abilities.draftArticles ? (
          <div className="page__actions">
            <Link to={kbPaths.create} className="button button--primary" data-testid="kb-new">
              {t('kb.newArticle')}
            </Link>
          </div>
        ) : null}
      </div>
      <p className="muted">{t('kb.intro')}</p>
      <KbFilters params={params} onChange={onChange} onClear={onClear} />
      <ErrorAlert error={error} />
      {list ? (
        <p className="kb-total" data-testid="kb-total" aria-live="polite">
          {t('kb.total', { total: list.total.toLocaleString(i18n.language) })}
        </p>
      ) : null}
      {isLoading && !list ? <p role="status">{t('common.loading')}</p> : null}
      {list ? (
        <div aria-busy={isLoading}>
          {list.items.length ? (
            <ul className="kb-list" data-testid="kb-list">
              {list.items.map((article) => (
                <KbArticleCard key={article.id} article={article} onTag={(tag) => onChange({ tag })} />
              ))}
            </ul>
          ) : (
            <p className="empty" data-testid="kb-empty">
              {t('kb.empty')}
            </p>
          )}
          {list.nextCursor ? (
            <div className="load-more">
              <button type="button" className="button" onClick={loadMore} disabled={isLoadingMore} data-testid="kb-load-more">
                {isLoadingMore ? t('common.loading') : t('common.loadMore')}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
