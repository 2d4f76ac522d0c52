import { useTranslation } from 'react-i18next';
import type { KbStatus } from '../../../../shared/kb-schemas.ts';

/** "Draft" or "Archived"; published articles need no badge. */
export function KbStatusBadge({ status }: { status: KbStatus }) {
  const { t } = useTranslation();
  if (status === 'published') return null;
  return (
    <span className={`badge kb-badge kb-badge--${status}`} data-testid="kb-status-badge" data-status={status}>
      {t(`kb.status.${status}`)}
    </span>
  );
}
