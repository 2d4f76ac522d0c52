import { useTranslation } from 'react-i18next';
import type { TSearchHit } from '../../api/search-types.ts';
import { StatusBadge } from '../../components/badges.tsx';
import { isStatus } from '../../lib/enums.ts';

/** The status of a hit: a request's status badge, or an article's draft/published. */
export function HitStatus({ hit }: { hit: TSearchHit }) {
  const { t } = useTranslation();
  if (!hit.status) return null;
  if (hit.type === 'request' && isStatus(hit.status)) return <StatusBadge status={hit.status} />;
  if (hit.status === 'draft' || hit.status === 'published') {
    return <span className={`badge badge--article-${hit.status}`}>{t(`search.articleStatus.${hit.status}`)}</span>;
  }
  return <span className="badge">{hit.status}</span>;
}
