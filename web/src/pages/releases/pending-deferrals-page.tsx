import { useTranslation } from 'react-i18next';
import type { TDeferralProposal } from '../../../../shared/release-schemas.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { DeferralItem } from './deferral-item.tsx';

/** /deferrals: proposals waiting for the caller's decision (help desk, or module coordinator for their modules). */
export function PendingDeferralsPage() {
  const { t } = useTranslation();
  usePageTitle(t('releases.deferral.pendingTitle'));
  const { data, error, reload } = useApiData<{ items: TDeferralProposal[] }>('/api/deferrals/pending');
  return (
    <div className="page page--narrow">
      <h1>{t('releases.deferral.pendingTitle')}</h1>
      <ErrorAlert error={error} />
      {!data && !error ? <p role="status">{t('common.loading')}</p> : null}
      {data && data.items.length === 0 ? (
        <p className="empty" data-testid="deferrals-pending-empty">
          {t('releases.deferral.pendingEmpty')}
        </p>
      ) : null}
      <div className="panel" data-testid="deferrals-pending">
        {data?.items.map((proposal) => (
          <DeferralItem key={proposal.id} proposal={proposal} showRequest onDecided={reload} />
        ))}
      </div>
    </div>
  );
}
