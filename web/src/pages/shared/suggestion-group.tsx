import type { TSearchHit } from '../../api/search-types.ts';
import { SuggestionItem } from './suggestion-item.tsx';

type Props = {
  id: string;
  title: string;
  hits: TSearchHit[];
  isOpened: (hit: TSearchHit) => boolean;
  onOpen: (hit: TSearchHit) => void;
};

/** One kind of suggestion (articles, solved requests or topics); nothing when it has none. */
export function SuggestionGroup({ id, title, hits, isOpened, onOpen }: Props) {
  if (!hits.length) return null;
  return (
    <div className="suggestions__group">
      <h3 id={id} className="suggestions__group-title">
        {title}
      </h3>
      <ul className="plain-list" aria-labelledby={id}>
        {hits.map((hit) => (
          <SuggestionItem key={hit.id} hit={hit} isOpened={isOpened(hit)} onOpen={onOpen} />
        ))}
      </ul>
    </div>
  );
}
