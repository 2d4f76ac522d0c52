import { useTranslation } from 'react-i18next';
import type { TDeflectionResponse } from '../../api/search-types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { SlaReportSection } from '../sla/sla-report-section.tsx';
import { DeflectionChart } from './deflection-chart.tsx';
import { DeflectionTable } from './deflection-table.tsx';

/** /insights: how often level 1 solves a request after opening a suggestion, per site. */
export function InsightsPage() {
  const { t } = useTranslation();
  usePageTitle(t('search.insights.title'));
  const { abilities } = useMe();
  const deflection = useApiData<TDeflectionResponse>(abilities.viewRegister ? '/api/stats/deflection' : null);

  if (!abilities.viewRegister) {
    return (
      <div className="page page--narrow" data-testid="insights-page">
        <h1>{t('search.insights.title')}</h1>
        <p className="alert alert--warning">{t('common.notAllowed')}</p>
      </div>
    );
  }

  const sites = deflection.data?.sites;
  return (
    <div className="page insights-page" data-testid="insights-page">
      <h1>{t('search.insights.title')}</h1>
      <section className="panel" aria-labelledby="deflection-title">
        <h2 id="deflection-title">{t('search.insights.chartTitle')}</h2>
        <p className="muted">{t('search.insights.intro')}</p>
        <ErrorAlert error={deflection.error} />
        {deflection.error ? (
          <button type="button" className="button" onClick={deflection.reload}>
            {t('common.retry')}
          </button>
        ) : null}
        {!sites && deflection.isLoading ? <p className="page-loading">{t('common.loading')}</p> : null}
        {sites?.length ? (
          <>
            <DeflectionChart sites={sites} />
            <DeflectionTable sites={sites} />
          </>
        ) : null}
        {sites && !sites.length ? <p className="empty">{t('search.insights.empty')}</p> : null}
      </section>
      <SlaReportSection />
    </div>
  );
}
