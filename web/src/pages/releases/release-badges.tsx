import { useTranslation } from 'react-i18next';
import type { DeferralStatus, ReleaseStatus } from '../../../../shared/constants.ts';

export function ReleaseStatusBadge({ status }: { status: ReleaseStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--release-${status}`} data-testid="release-status" data-status={status}>
      {t(`releases.status.${status}`)}
    </span>
  );
}

export function DeferralStatusBadge({ status }: { status: DeferralStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--deferral-${status}`} data-testid="deferral-status" data-status={status}>
      {t(`releases.deferral.status.${status}`)}
    </span>
  );
}
