import { useTranslation } from 'react-i18next';
import type { SearchType } from '../api/search-types.ts';

/** Article, Topic or Request, as a badge with `data-type`. */
export function SearchTypeBadge({ type }: { type: SearchType }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--search-${type}`} data-type={type}>
      {t(`search.type.${type}`)}
    </span>
  );
}
