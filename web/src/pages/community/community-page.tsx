import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { COMMUNITY_CATEGORIES, type TCommunityTopicSummary } from '../../../../shared/community-schemas.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CommunityFilters, type CommunityScope } from './community-filters.tsx';
import { TopicListItem } from './topic-list-item.tsx';
import { usePagedList } from './use-paged-list.ts';

const isCommunityCategory = (value: string) => (COMMUNITY_CATEGORIES as readonly string[]).includes(value);

function apiSearch(params: URLSearchParams): string {
  const query = new URLSearchParams();
  const category = params.get('category') ?? '';
  const q = params.get('q') ?? '';
  const scope = params.get('scope');
  if (isCommunityCategory(category)) query.set('category', category);
  if (q) query.set('q', q);
  if (scope === 'mine' || scope === 'subscribed') query.set(scope, 'true');
  return query.toString();
}

export function CommunityPage() {
  const { t } = useTranslation();
  const { abilities } = useMe();
  usePageTitle(t('community.title'));
  const [params, setParams] = useSearchParams();
  const list = usePagedList<TCommunityTopicSummary>('/api/community/topics', apiSearch(params));
  const scopeParam = params.get('scope');
  const scope: CommunityScope = scopeParam === 'mine' || scopeParam === 'subscribed' ? scopeParam : '';

  const onChange = useCallback(
    (changes: Record<string, string | undefined>) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined) continue;
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      });
    },
    [setParams],
  );

  return (
    <div className="page community-page">
      <div className="page__header">
        <h1>{t('community.title')}</h1>
        {abilities.createTopic ? (
          <div className="page__actions">
            <Link to="/community/new" className="button button--primary" data-testid="community-new-topic">
              {t('community.newTopic')}
            </Link>
          </div>
        ) : null}
      </div>
      <p className="muted">{t('community.intro')}</p>
      <CommunityFilters q={params.get('q') ?? ''} category={params.get('category') ?? ''} scope={scope} onChange={onChange} />
      <ErrorAlert error={list.error} />
      {list.isLoading && !list.items ? <p role="status">{t('common.loading')}</p> : null}
      {list.items ? (
        <div aria-busy={list.isLoading}>
          <ul className="topic-list" data-testid="topic-list">
            {list.items.map((topic) => (
              <TopicListItem key={topic.id} topic={topic} />
            ))}
          </ul>
          {list.items.length === 0 ? (
            <p className="empty" data-testid="community-empty">
              {t('community.list.empty')}
            </p>
          ) : null}
          {list.nextCursor ? (
            <div className="load-more">
              <button
                type="button"
                className="button"
                onClick={list.loadMore}
                disabled={list.isLoadingMore}
                data-testid="load-more"
              >
                {list.isLoadingMore ? t('common.loading') : t('common.loadMore')}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
