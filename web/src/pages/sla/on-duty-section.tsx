import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action.ts';
import { useAuth, useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { slaApi } from './sla-api.ts';

/** Account page, for coordinators and the help desk: go on or off duty for critical paging. */
export function OnDutySection() {
  const { t } = useTranslation();
  const { user, abilities } = useMe();
  const { refresh } = useAuth();
  const [isOnDuty, setIsOnDuty] = useState(user.isOnDuty);
  const toggle = useAction((next: boolean) => slaApi.setOnDuty(next));
  if (!abilities.setOnDuty) return null;
  return (
    <section className="panel" aria-labelledby="on-duty-title" data-testid="on-duty-section">
      <h2 id="on-duty-title">{t('sla.onDuty.title')}</h2>
      <p className="muted">{t('sla.onDuty.help')}</p>
      <ErrorAlert error={toggle.error} />
      <label className="check">
        <input
          type="checkbox"
          checked={isOnDuty}
          disabled={toggle.isPending}
          data-testid="on-duty-toggle"
          onChange={async (event) => {
            const outcome = await toggle.run(event.target.checked);
            if (outcome.ok) {
              setIsOnDuty(outcome.value.isOnDuty);
              void refresh();
            }
          }}
        />
        <span>{t('sla.onDuty.label')}</span>
      </label>
      <p role="status" className="muted" data-testid="on-duty-status">
        {isOnDuty ? t('sla.onDuty.on') : t('sla.onDuty.off')}
      </p>
    </section>
  );
}
