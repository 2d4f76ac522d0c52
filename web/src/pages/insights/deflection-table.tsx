import { useTranslation } from 'react-i18next';
import { type DeflectionSite, formatShare, levelOneShare } from './deflection-numbers.ts';

/** The chart's numbers as a table, for screen readers (visually hidden). */
export function DeflectionTable({ sites }: { sites: readonly DeflectionSite[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const count = (value: number) => value.toLocaleString(language);
  const noRate = t('search.insights.noRate');
  return (
    // A table ignores a 1px width, so the wrapper hides it.
    <div className="visually-hidden">
      <table data-testid="deflection-table">
        <caption>{t('search.insights.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('search.insights.columns.site')}</th>
            <th scope="col">{t('search.insights.columns.requests')}</th>
            <th scope="col">{t('search.insights.columns.withSuggestionsOpened')}</th>
            <th scope="col">{t('search.insights.columns.deflected')}</th>
            <th scope="col">{t('search.insights.columns.rate')}</th>
            <th scope="col">{t('search.insights.columns.resolvedAtLevelOne')}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => (
            <tr key={site.siteId}>
              <th scope="row">
                {site.siteCode} {site.siteName}
              </th>
              <td>{count(site.requests)}</td>
              <td>{count(site.withSuggestionsOpened)}</td>
              <td>{count(site.deflected)}</td>
              <td>{formatShare(site.rate, language, noRate)}</td>
              <td>
                {count(site.resolvedAtLevelOne)} ({formatShare(levelOneShare(site), language, noRate)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
