import { useTranslation } from 'react-i18next';
import { REQUEST_SOURCE_VIAS } from '../../../../shared/schemas.ts';
import type { TConsolidatedCounts } from './consolidation-api.ts';

/** Per site, one bar split by source; widths relative to the busiest site. */
export function SourceChart({ counts }: { counts: TConsolidatedCounts }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...counts.sites.map((site) => site.total));
  const vias = REQUEST_SOURCE_VIAS.filter((via) => (counts.byVia[via] ?? 0) > 0);
  return (
    <section className="panel" aria-labelledby="source-chart-title" data-testid="source-chart">
      <h2 id="source-chart-title">{t('consolidation.chart.title')}</h2>
      <p className="muted">
        {t('consolidation.chart.total', { count: counts.total })} ·{' '}
        <span data-testid="open-pair-count">{t('consolidation.chart.pairs', { count: counts.openDuplicatePairs })}</span>
      </p>
      <ul className="source-legend">
        {vias.map((via) => (
          <li key={via}>
            <span className={`source-swatch source-swatch--${via}`} aria-hidden="true" /> {t(`consolidation.via.${via}`)} (
            {counts.byVia[via]})
          </li>
        ))}
      </ul>
      <dl className="source-chart">
        {counts.sites.map((site) => (
          <div className="source-chart__row" key={site.siteId} data-testid="source-chart-site" data-site={site.siteCode}>
            <dt>
              {site.siteCode} <span className="muted">({site.total})</span>
            </dt>
            <dd>
              <div className="source-chart__bar" style={{ width: `${(site.total / max) * 100}%` }}>
                {vias.map((via) =>
                  site.byVia[via] ? (
                    <span
                      key={via}
                      className={`source-swatch source-swatch--${via}`}
                      style={{ flexGrow: site.byVia[via] }}
                      title={`${t(`consolidation.via.${via}`)}: ${site.byVia[via]}`}
                      data-via={via}
                      data-count={site.byVia[via]}
                    />
                  ) : null,
                )}
              </div>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
