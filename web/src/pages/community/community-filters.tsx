import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMUNITY_CATEGORIES } from '../../../../shared/community-schemas.ts';

export type CommunityScope = '' | 'mine' | 'subscribed';
const SCOPES: CommunityScope[] = ['', 'mine', 'subscribed'];

type Props = {
  q: string;
  category: string;
  scope: CommunityScope;
  onChange: (changes: { q?: string; category?: string; scope?: CommunityScope }) => void;
};

/** Search box, "all / mine / following" and one chip per category; all of it lives in the URL. */
export function CommunityFilters({ q, category, scope, onChange }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(q);
  useEffect(() => setQuery(q), [q]);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ q: query.trim() });
  };

  return (
    <section className="community-filters" aria-label={t('community.filterLabel')}>
      <form className="community-search" onSubmit={onSearch}>
        <label htmlFor="community-q" className="visually-hidden">
          {t('community.search')}
        </label>
        <input
          id="community-q"
          type="search"
          dir="auto"
          value={query}
          placeholder={t('community.search')}
          onChange={(event) => setQuery(event.target.value)}
          data-testid="community-search"
        />
        <button type="submit" className="button" data-testid="community-search-submit">
          {t('community.searchSubmit')}
        </button>
      </form>
      <ul className="chips" aria-label={t('community.filterLabel')}>
        {SCOPES.map((value) => (
          <li key={value || 'all'}>
            <button
              type="button"
              className="chip"
              aria-pressed={scope === value}
              data-testid={`community-scope-${value || 'all'}`}
              onClick={() => onChange({ scope: value })}
            >
              {t(`community.scope.${value || 'all'}`)}
            </button>
          </li>
        ))}
      </ul>
      <ul className="chips" aria-label={t('community.categoryLabel')}>
        <li>
          <button
            type="button"
            className="chip"
            aria-pressed={category === ''}
            data-testid="category-chip-all"
            onClick={() => onChange({ category: '' })}
          >
            {t('community.allCategories')}
          </button>
        </li>
        {COMMUNITY_CATEGORIES.map((value) => (
          <li key={value}>
            <button
              type="button"
              className="chip"
              aria-pressed={category === value}
              data-testid={`category-chip-${value}`}
              onClick={() => onChange({ category: category === value ? '' : value })}
            >
              {t(`community.categories.${value}`)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
