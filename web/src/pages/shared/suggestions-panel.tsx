import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSearchHit } from '../../api/search-types.ts';
import { SUGGESTION_MIN_LENGTH, useSuggestions } from '../../api/use-suggestions.ts';
import { SuggestionGroup } from './suggestion-group.tsx';
import type { SuggestionOpens } from './use-suggestion-opens.ts';

type Props = {
  summary: string;
  module: string;
  siteId: string;
  /** The form's remembered opens (`useRequestDraft().suggestionOpens`). */
  opens: SuggestionOpens;
};

/** Articles, similar solved requests and community topics for the summary being typed, each one click away. */
export function SuggestionsPanel({ summary, module, siteId, opens }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { data, error, isLoading } = useSuggestions({ summary, module, siteId });
  if (summary.trim().length < SUGGESTION_MIN_LENGTH) return null;

  const isOpened = (hit: TSearchHit) => opens.opens.some((open) => open.type === hit.type && open.id === hit.id);
  const onOpen = (hit: TSearchHit) => opens.remember(hit.type, hit.id);
  const isEmpty = data ? !data.articles.length && !data.requests.length && !data.topics.length : false;
  const status = error
    ? t('search.suggestions.error')
    : !data && isLoading
      ? t('search.suggestions.loading')
      : isEmpty
        ? t('search.suggestions.none')
        : '';

  return (
    <section className="suggestions" aria-labelledby={`${id}-title`} aria-busy={isLoading} data-testid="suggestions">
      <h2 id={`${id}-title`} className="suggestions__title">
        {t('search.suggestions.title')}
      </h2>
      <p className="suggestions__status" role="status">
        {status}
      </p>
      {data && !error ? (
        <>
          <SuggestionGroup
            id={`${id}-articles`}
            title={t('search.suggestions.articles')}
            hits={data.articles}
            isOpened={isOpened}
            onOpen={onOpen}
          />
          <SuggestionGroup
            id={`${id}-requests`}
            title={t('search.suggestions.requests')}
            hits={data.requests}
            isOpened={isOpened}
            onOpen={onOpen}
          />
          <SuggestionGroup
            id={`${id}-topics`}
            title={t('search.suggestions.topics')}
            hits={data.topics}
            isOpened={isOpened}
            onOpen={onOpen}
          />
          {isEmpty ? null : <p className="field-hint">{t('search.suggestions.hint')}</p>}
        </>
      ) : null}
    </section>
  );
}
