import { useTranslation } from 'react-i18next';
import type { DeflectionSite } from './deflection-numbers.ts';
import { DeflectionRow } from './deflection-row.tsx';

/** The horizontal bar chart: a legend, then one row of bars per site. */
export function DeflectionChart({ sites }: { sites: readonly DeflectionSite[] }) {
  const { t } = useTranslation();
  return (
    <figure className="deflection-chart" data-testid="deflection-chart">
      <figcaption className="deflection-chart__legend">
        <span>
          <span className="deflection-swatch deflection-swatch--deflection" aria-hidden="true" />
          {t('search.insights.legendDeflection')}
        </span>
        <span>
          <span className="deflection-swatch deflection-swatch--level-one" aria-hidden="true" />
          {t('search.insights.legendLevelOne')}
        </span>
      </figcaption>
      <ol className="plain-list deflection-chart__rows">
        {sites.map((site) => (
          <DeflectionRow key={site.siteId} site={site} />
        ))}
      </ol>
    </figure>
  );
}
