import { useTranslation } from 'react-i18next';
import type { NoticePhase, NoticeType } from '../../../../shared/notice-schemas.ts';

export function NoticeBadges({ type, phase }: { type: NoticeType; phase: NoticePhase }) {
  const { t } = useTranslation();
  return (
    <span className="badges">
      <span className="badge badge--category" data-testid="notice-type">
        {t(`notices.type.${type}`)}
      </span>
      <span
        className={`badge ${phase === 'cancelled' ? 'badge--status-closed' : 'badge--status-new'}`}
        data-testid="notice-phase"
      >
        {t(`notices.phase.${phase}`)}
      </span>
    </span>
  );
}
