import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TListKbArticlesResponse, TRequestKbArticles } from '../../../../shared/kb-schemas.ts';
import { withQuery } from '../../api/client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { kbApi } from './kb-api.ts';
import { languageName } from './kb-labels.ts';

type Props = { requestId: string; linkedIds: string[]; onLinked: (articles: TRequestKbArticles) => void };

const SEARCH_DELAY_MS = 300;

/** "Link an article": search the published articles and record the one that helped. */
export function LinkArticlePicker({ requestId, linkedIds, onLinked }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSearched(query.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query]);
  const results = useApiData<TListKbArticlesResponse>(
    withQuery('/api/kb/articles', { status: 'published', q: searched, limit: 8 }),
  );
  const link = useAction((articleId: string) => kbApi.link(articleId, requestId));

  const onLink = async (articleId: string) => {
    const result = await link.run(articleId);
    if (result.ok) onLinked(result.value);
  };

  return (
    <div className="kb-picker" data-testid="link-article-picker">
      <div className="field field--compact">
        <label htmlFor="link-article-search">{t('kb.request.linkSearch')}</label>
        <input
          id="link-article-search"
          type="search"
          value={query}
          aria-describedby="link-article-hint"
          data-testid="link-article-search"
          onChange={(event) => setQuery(event.target.value)}
        />
        <p className="field-hint" id="link-article-hint">
          {t('kb.request.linkHint')}
        </p>
      </div>
      <ErrorAlert error={results.error ?? link.error} />
      {results.data ? (
        results.data.items.length ? (
          <ul className="plain-list kb-picker__results" aria-busy={results.isLoading}>
            {results.data.items.map((article) => {
              const isLinked = linkedIds.includes(article.id);
              return (
                <li key={article.id}>
                  <button
                    type="button"
                    className="button button--ghost kb-picker__option"
                    disabled={isLinked || link.isPending}
                    aria-label={isLinked ? undefined : t('kb.request.linkAction', { title: article.title })}
                    data-testid="link-article-option"
                    data-article-id={article.id}
                    onClick={() => void onLink(article.id)}
                  >
                    <span dir="auto">{article.title}</span>
                    <span className="muted">{isLinked ? t('kb.request.alreadyLinked') : languageName(article.language)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="muted">{t('kb.request.noResults')}</p>
        )
      ) : null}
    </div>
  );
}
