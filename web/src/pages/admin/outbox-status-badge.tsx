import { useTranslation } from 'react-i18next';
import type { EmailStatus } from '../../api/mail-types.ts';

/** Reuses the register's badge colours: waiting, done, alarming, set aside. */
const BADGE_CLASS: Record<EmailStatus, string> = {
  queued: 'badge--status-new',
  sent: 'badge--status-resolved',
  failed: 'badge--urgency-critical',
  suppressed: 'badge--status-closed',
};

export function OutboxStatusBadge({ status }: { status: EmailStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${BADGE_CLASS[status]}`} data-status={status}>
      {t(`mail.outbox.statuses.${status}`)}
    </span>
  );
}
