import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TReleaseRequest } from '../../../../shared/release-schemas.ts';
import { StatusBadge, UrgencyBadge } from '../../components/badges.tsx';
import { requestPath } from '../../lib/paths.ts';

type Props = { items: TReleaseRequest[]; testId: string; caption: string; empty: string };

/** The requests a release carries: fixed in it, or deferred to it. */
export function ReleaseRequestsTable({ items, testId, caption, empty }: Props) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return (
      <p className="muted" data-testid={`${testId}-empty`}>
        {empty}
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table table--cards" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fields.reference')}</th>
            <th scope="col">{t('fields.summary')}</th>
            <th scope="col">{t('fields.site')}</th>
            <th scope="col">{t('fields.urgency')}</th>
            <th scope="col">{t('fields.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-testid="release-request-row" data-reference={item.reference}>
              <td data-label={t('fields.reference')}>
                <Link to={requestPath(item.reference)} className="reference">
                  {item.reference}
                </Link>
              </td>
              <td data-label={t('fields.summary')}>
                <span dir="auto">{item.summary}</span>
              </td>
              <td data-label={t('fields.site')}>{item.siteCode}</td>
              <td data-label={t('fields.urgency')}>
                <UrgencyBadge urgency={item.urgency} />
              </td>
              <td data-label={t('fields.status')}>
                <StatusBadge status={item.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
