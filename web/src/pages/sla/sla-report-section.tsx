import { useTranslation } from 'react-i18next';
import { useApiData } from '../../api/use-api-data.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { slaApi, type TSlaReport } from './sla-api.ts';

/** Insights: met and breached per site, level and month, as a stacked bar and a table. */
export function SlaReportSection() {
  const { t } = useTranslation();
  const { abilities } = useMe();
  const report = useApiData<TSlaReport>(abilities.viewSlaReport ? slaApi.reportPath : null);
  if (!abilities.viewSlaReport) return null;
  const rows = report.data?.rows ?? [];
  return (
    <section className="panel" aria-labelledby="sla-report-title" data-testid="sla-report">
      <h2 id="sla-report-title">{t('sla.report.title')}</h2>
      <ErrorAlert error={report.error} />
      {report.data && rows.length === 0 ? <p className="empty">{t('sla.report.empty')}</p> : null}
      {rows.length ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('sla.report.month')}</th>
                <th scope="col">{t('sla.report.site')}</th>
                <th scope="col">{t('sla.report.level')}</th>
                <th scope="col">{t('sla.report.met')}</th>
                <th scope="col">{t('sla.report.breached')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('sla.report.title')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const total = row.met + row.breached;
                const metShare = total ? (row.met / total) * 100 : 0;
                return (
                  <tr key={`${row.month}-${row.siteId}-${row.level}`} data-testid="sla-report-row">
                    <td>{row.month}</td>
                    <td>{row.siteCode}</td>
                    <td>{row.level}</td>
                    <td>{row.met}</td>
                    <td>{row.breached}</td>
                    <td>
                      <svg
                        className="deflection-bars"
                        role="img"
                        aria-label={`${t('sla.report.met')} ${row.met}, ${t('sla.report.breached')} ${row.breached}`}
                        viewBox="0 0 100 14"
                        preserveAspectRatio="none"
                      >
                        <rect className="sla-bar__breached" x="0" y="0" width="100" height="14" fill="#b42318" />
                        <rect className="sla-bar__met" x="0" y="0" width={metShare} height="14" fill="#067647" />
                      </svg>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
