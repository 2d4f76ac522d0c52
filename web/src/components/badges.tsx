import { useTranslation } from 'react-i18next';
import type { L3State, Level, Status, Urgency } from '../api/types.ts';

type TestId = { testId?: string };

export function StatusBadge({ status, testId }: { status: Status } & TestId) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--status-${status}`} data-testid={testId} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}

export function LevelBadge({ level, testId }: { level: Level } & TestId) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--level-${level}`} data-testid={testId} data-level={level}>
      {t('levelLabel', { level })}
    </span>
  );
}

export function UrgencyBadge({ urgency, testId }: { urgency: Urgency } & TestId) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--urgency-${urgency}`} data-testid={testId} data-urgency={urgency}>
      {t(`urgency.${urgency}`)}
    </span>
  );
}

export function L3StateBadge({ state, testId }: { state: L3State | null } & TestId) {
  const { t } = useTranslation();
  if (!state) return <span className="muted">{t('common.none')}</span>;
  return (
    <span className={`badge badge--l3-${state}`} data-testid={testId} data-l3-state={state}>
      {t(`l3State.${state}`)}
    </span>
  );
}
