import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { THelpRequest } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import type { TDuplicatePair } from './consolidation-api.ts';
import { DuplicatePairCard } from './duplicate-pair-card.tsx';
import { SourceLabel } from './source-label.tsx';

/** On the request page: where the request came from, its merges, and its possible duplicates. */
export function RequestConsolidationPanel({ request, onChanged }: { request: THelpRequest; onChanged: () => void }) {
  const { t } = useTranslation();
  const duplicates = useApiData<{ items: TDuplicatePair[] }>(`/api/requests/${request.id}/duplicates?v=${request.updatedAt}`);
  const items = duplicates.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="consolidation-title" data-testid="request-consolidation">
      <h2 id="consolidation-title">{t('consolidation.source.label')}</h2>
      <p>
        {t(`channel.${request.channel}`)} · <SourceLabel source={request.source} testId="request-source" />
      </p>
      {request.mergedInto ? (
        <p className="notice" data-testid="merged-banner">
          <Link to={`/requests/${request.mergedInto.reference}`}>
            {t('consolidation.request.mergedBanner', { reference: request.mergedInto.reference })}
          </Link>
        </p>
      ) : null}
      {request.mergedFrom.length ? (
        <p data-testid="merged-from">
          {t('consolidation.request.mergedFrom', { references: request.mergedFrom.map((m) => m.reference).join(', ') })}
        </p>
      ) : null}
      <ErrorAlert error={duplicates.error} />
      {items.length ? (
        <>
          <h3>{t('consolidation.pairs.title')}</h3>
          <ul className="pair-list" data-testid="request-duplicates">
            {items.map((pair) => (
              <DuplicatePairCard
                key={pair.id}
                pair={pair}
                onChanged={() => {
                  duplicates.reload();
                  onChanged();
                }}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
