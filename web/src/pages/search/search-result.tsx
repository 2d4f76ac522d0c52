import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TSearchHit } from '../../api/search-types.ts';
import { SearchTypeBadge } from '../../components/search-type-badge.tsx';
import { SnippetText } from '../../components/snippet-text.tsx';
import { isModule } from '../../lib/enums.ts';
import { HitStatus } from './hit-status.tsx';

/** One search hit: type, reference and site, title linking to where it is shown, highlighted snippet. */
export function SearchResult({ hit }: { hit: TSearchHit }) {
  const { t } = useTranslation();
  return (
    <li className="search-result" data-testid="search-result" data-type={hit.type} data-id={hit.id}>
      <div className="search-result__meta">
        <SearchTypeBadge type={hit.type} />
        {hit.reference ? <span className="reference">{hit.reference}</span> : null}
        {hit.siteCode ? <span className="search-result__site">{hit.siteCode}</span> : null}
        {hit.module && isModule(hit.module) ? <span className="muted">{t(`module.${hit.module}`)}</span> : null}
        <HitStatus hit={hit} />
      </div>
      <h3 className="search-result__title" lang={hit.language} dir="auto">
        <Link to={hit.path}>{hit.title}</Link>
      </h3>
      {hit.snippet.length ? (
        <p className="search-result__snippet" lang={hit.language} dir="auto">
          <SnippetText parts={hit.snippet} />
        </p>
      ) : null}
    </li>
  );
}
