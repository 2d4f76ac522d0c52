import { useTranslation } from 'react-i18next';
import type { THelpRequestSummary } from '../api/types.ts';
import { DateTime } from './date-time.tsx';

/** The register's due cell: the soonest running SLA clock, marked due soon or overdue, or paused. */
export function SlaDue({ item, now = Date.now() }: { item: THelpRequestSummary; now?: number }) {
  const { t } = useTranslation();
  if (item.isSlaPaused) {
    return (
      <span className="badge sla-state sla-state--paused" data-testid="sla-due" data-state="paused">
        {t('sla.states.paused')}
      </span>
    );
  }
  if (!item.slaDueAt) return <span className="muted">{t('sla.noDue')}</span>;
  const isBreached = new Date(item.slaDueAt).getTime() <= now;
  const isWarning = !isBreached && item.slaWarnAt !== null && new Date(item.slaWarnAt).getTime() <= now;
  const state = isBreached ? 'breached' : isWarning ? 'warning' : 'running';
  return (
    <span className={`sla-due sla-due--${state}`} data-testid="sla-due" data-state={state}>
      {state !== 'running' ? <span className={`badge sla-state sla-state--${state}`}>{t(`sla.states.${state}`)}</span> : null}{' '}
      <DateTime value={item.slaDueAt} mode="relative" />
    </span>
  );
}
