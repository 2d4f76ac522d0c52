import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODULES } from '../../../../shared/constants.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { LANGUAGES } from '../../i18n/languages.ts';
import { languageName } from './kb-labels.ts';

export type KbFilter = 'q' | 'language' | 'module' | 'tag' | 'status';

type Props = {
  params: URLSearchParams;
  onChange: (changes: Partial<Record<KbFilter, string>>, replace?: boolean) => void;
  onClear: () => void;
};

const SEARCH_DELAY_MS = 350;

function Chip({ isOn, testId, onClick, children }: { isOn: boolean; testId: string; onClick: () => void; children: string }) {
  return (
    <li>
      <button type="button" className="chip" aria-pressed={isOn} data-testid={testId} onClick={onClick}>
        <bdi>{children}</bdi>
      </button>
    </li>
  );
}

/** Search box, language and module chips, and (for writers) a status choice; all kept in the URL. */
export function KbFilters({ params, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const { abilities } = useMe();
  const urlQuery = params.get('q') ?? '';
  const [query, setQuery] = useState(urlQuery);
  useEffect(() => setQuery(urlQuery), [urlQuery]);
  useEffect(() => {
    if (query === urlQuery) return;
    const timer = window.setTimeout(() => onChange({ q: query }, true), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query, urlQuery, onChange]);

  const language = params.get('language') ?? '';
  const module = params.get('module') ?? '';
  const tag = params.get('tag') ?? '';
  const status = params.get('status') ?? '';
  const hasFilters = [...params.keys()].length > 0;

  return (
    <section className="filters kb-filters" aria-label={t('kb.filters')}>
      <div className="filters__top">
        <div className="field field--compact filters__search">
          <label htmlFor="kb-search">{t('kb.search')}</label>
          <input
            id="kb-search"
            type="search"
            value={query}
            placeholder={t('kb.searchPlaceholder')}
            data-testid="kb-search"
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') onChange({ q: query }, true);
            }}
          />
        </div>
        {abilities.draftArticles ? (
          <div className="field field--compact">
            <label htmlFor="kb-status-filter">{t('kb.statusFilter')}</label>
            <select
              id="kb-status-filter"
              value={status}
              data-testid="kb-status-filter"
              onChange={(event) => onChange({ status: event.target.value })}
            >
              <option value="">{t('kb.allStatuses')}</option>
              <option value="published">{t('kb.status.published')}</option>
              <option value="draft">{t('kb.status.draft')}</option>
              {abilities.publishArticles ? <option value="archived">{t('kb.status.archived')}</option> : null}
            </select>
          </div>
        ) : null}
      </div>
      <div className="kb-filters__chips">
        <ul className="kb-chips" aria-label={t('kb.languageFilter')}>
          <Chip isOn={language === ''} testId="kb-language-all" onClick={() => onChange({ language: '' })}>
            {t('kb.allLanguages')}
          </Chip>
          {LANGUAGES.map((code) => (
            <Chip key={code} isOn={language === code} testId={`kb-language-${code}`} onClick={() => onChange({ language: code })}>
              {languageName(code)}
            </Chip>
          ))}
        </ul>
        <ul className="kb-chips" aria-label={t('kb.moduleFilter')}>
          <Chip isOn={module === ''} testId="kb-module-all" onClick={() => onChange({ module: '' })}>
            {t('kb.allModules')}
          </Chip>
          {MODULES.map((code) => (
            <Chip key={code} isOn={module === code} testId={`kb-module-${code}`} onClick={() => onChange({ module: code })}>
              {t(`module.${code}`)}
            </Chip>
          ))}
        </ul>
      </div>
      {tag || hasFilters ? (
        <div className="kb-filters__active">
          {tag ? (
            <button
              type="button"
              className="chip"
              aria-pressed="true"
              aria-label={t('kb.removeTag', { tag })}
              data-testid="kb-tag-filter"
              onClick={() => onChange({ tag: '' })}
            >
              {t('kb.tagFilter', { tag })} ×
            </button>
          ) : null}
          {hasFilters ? (
            <button type="button" className="button button--ghost button--small" data-testid="kb-clear-filters" onClick={onClear}>
              {t('kb.clearFilters')}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
