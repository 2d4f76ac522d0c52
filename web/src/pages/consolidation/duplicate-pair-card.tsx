import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAction } from '../../api/use-action.ts';
import { StatusBadge } from '../../components/badges.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { dismissPair, mergeInto, type TDuplicatePair } from './consolidation-api.ts';
import { SourceLabel } from './source-label.tsx';

type Side = TDuplicatePair['a'];

function PairSide({ side }: { side: Side }) {
  return (
    <div className="pair-card__side" data-testid="pair-side" data-reference={side.reference}>
      <Link to={`/requests/${side.reference}`}>
        <strong>{side.reference}</strong>
      </Link>{' '}
      <StatusBadge status={side.status} />
      <p dir="auto">{side.summary}</p>
      <p className="muted">
        {side.reporterName ? `${side.reporterName} · ` : ''}
        <SourceLabel source={side.source} />
      </p>
    </div>
  );
}

/** One possible-duplicate pair with "not a duplicate" and "merge, keep X" actions when allowed. */
export function DuplicatePairCard({ pair, onChanged }: { pair: TDuplicatePair; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const dismiss = useAction(() => dismissPair(pair.id));
  const merge = useAction((survivor: Side, duplicate: Side) => mergeInto(survivor.id, duplicate.id));

  const runMerge = async (survivor: Side, duplicate: Side) => {
    const names = { survivor: survivor.reference, duplicate: duplicate.reference };
    if (!window.confirm(t('consolidation.pairs.confirmMerge', names))) return;
    const outcome = await merge.run(survivor, duplicate);
    if (outcome.ok) onChanged(t('consolidation.pairs.merged', names));
  };

  return (
    <li className="pair-card panel" data-testid="duplicate-pair" data-pair-id={pair.id}>
      <p className="pair-card__why">
        <span className="badge badge--duplicate">{t('consolidation.flag')}</span>{' '}
        {t(`consolidation.pairs.matchedOn.${pair.matchedOn}`)} ·{' '}
        {t('consolidation.pairs.similarity', { percent: Math.round(pair.score * 100) })}
      </p>
      <div className="pair-card__sides">
        <PairSide side={pair.a} />
        <PairSide side={pair.b} />
      </div>
      <ErrorAlert error={dismiss.error ?? merge.error} />
      <div className="pair-card__actions">
        {pair.abilities.merge ? (
          <>
            <button
              type="button"
              className="button button--small"
              disabled={merge.isPending}
              onClick={() => runMerge(pair.a, pair.b)}
              data-testid="merge-keep-a"
            >
              {t('consolidation.pairs.keepLeft', { reference: pair.a.reference })}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={merge.isPending}
              onClick={() => runMerge(pair.b, pair.a)}
              data-testid="merge-keep-b"
            >
              {t('consolidation.pairs.keepRight', { reference: pair.b.reference })}
            </button>
          </>
        ) : null}
        {pair.abilities.dismiss ? (
          <button
            type="button"
            className="button button--small button--ghost"
            disabled={dismiss.isPending}
            onClick={async () => {
              if ((await dismiss.run()).ok) onChanged(t('consolidation.pairs.dismiss'));
            }}
            data-testid="dismiss-duplicate"
          >
            {t('consolidation.pairs.dismiss')}
          </button>
        ) : null}
      </div>
    </li>
  );
}
