import { useTranslation } from 'react-i18next';
import type { TSearchHit } from '../../api/search-types.ts';
import { SnippetText } from '../../components/snippet-text.tsx';

type Props = { hit: TSearchHit; isOpened: boolean; onOpen: (hit: TSearchHit) => void };

/** One suggestion: a link that opens it in a new tab and reports the open. */
export function SuggestionItem({ hit, isOpened, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <li className="suggestion">
      <a
        href={hit.path}
        target="_blank"
        rel="noopener"
        className="suggestion__link"
        data-testid="suggestion-item"
        data-type={hit.type}
        data-id={hit.id}
        data-opened={isOpened || undefined}
        onClick={() => onOpen(hit)}
        onAuxClick={(event) => {
          if (event.button === 1) onOpen(hit);
        }}
      >
        <span className="suggestion__title" lang={hit.language} dir="auto">
          {hit.title}
        </span>
        <span className="visually-hidden"> {t('search.suggestions.newTab')}</span>
      </a>
      <span className="suggestion__meta">
        {hit.reference ? <span className="reference">{hit.reference}</span> : null}
        {isOpened ? <span className="suggestion__opened">✓ {t('search.suggestions.opened')}</span> : null}
      </span>
      {hit.snippet.length ? (
        <span className="suggestion__snippet" lang={hit.language} dir="auto">
          <SnippetText parts={hit.snippet} />
        </span>
      ) : null}
    </li>
  );
}
