import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { THelpRequest } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { DateTime } from '../../components/date-time.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { slaApi, type TRequestSla } from './sla-api.ts';

type Props = { request: THelpRequest; onChanged: (updated?: THelpRequest) => void };

/** On the request page: each SLA clock's due time and state, paused or not, and the critical acknowledgement. */
export function RequestSlaPanel({ request, onChanged }: Props) {
  const { t } = useTranslation();
  const sla = useApiData<TRequestSla>(slaApi.requestSlaPath(request.id));
  const acknowledge = useAction(() => slaApi.acknowledge(request.id));
  const { reload } = sla;

  // Status, urgency and comments move the clocks: read them again after each change.
  const seenUpdate = useRef(request.updatedAt);
  useEffect(() => {
    if (seenUpdate.current === request.updatedAt) return;
    seenUpdate.current = request.updatedAt;
    reload();
  }, [request.updatedAt, reload]);

  const data = sla.data;
  if (!data) return sla.error ? <ErrorAlert error={sla.error} /> : null;
  return (
    <section className="panel sla-panel" aria-labelledby="sla-title" data-testid="sla-panel">
      <h2 id="sla-title">{t('sla.panelTitle')}</h2>
      {data.isCriticalPending ? (
        <div className="alert alert--error" role="status" data-testid="critical-pending">
          <p>{t('sla.criticalPending')}</p>
          {request.abilities.acknowledgeCritical ? (
            <button
              type="button"
              className="button button--primary"
              data-testid="acknowledge-critical"
              disabled={acknowledge.isPending}
              onClick={async () => {
                const outcome = await acknowledge.run();
                if (outcome.ok) onChanged(outcome.value);
              }}
            >
              {t('sla.acknowledge')}
            </button>
          ) : null}
          <ErrorAlert error={acknowledge.error} />
        </div>
      ) : null}
      {data.criticalAcknowledgedAt ? (
        <p className="muted" data-testid="critical-acknowledged">
          {t('sla.criticalAcknowledged', { name: data.criticalAcknowledgedByName ?? '', date: '' })}
          <DateTime value={data.criticalAcknowledgedAt} mode="relative" />
        </p>
      ) : null}
      {data.isPaused ? (
        <p className="muted" data-testid="sla-paused">
          {t('sla.paused')}
        </p>
      ) : null}
      {data.clocks.length === 0 ? <p className="muted">{t('sla.none')}</p> : null}
      <dl className="sla-clocks">
        {data.clocks.map((clock) => (
          <div
            key={clock.clock}
            className={`sla-clock sla-clock--${clock.state}`}
            data-testid="sla-clock"
            data-clock={clock.clock}
          >
            <dt>{t(`sla.clocks.${clock.clock}`)}</dt>
            <dd>
              <span
                className={`badge sla-state sla-state--${clock.state}`}
                data-testid="sla-clock-state"
                data-state={clock.state}
              >
                {t(`sla.states.${clock.state}`)}
              </span>{' '}
              {clock.metAt ? (
                <DateTime value={clock.metAt} mode="both" />
              ) : (
                <span data-testid="sla-clock-due">
                  <DateTime value={clock.dueAt} mode="both" />
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
