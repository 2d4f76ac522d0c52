import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { slaApi, type TSlaPolicies, type TSlaPolicy } from './sla-api.ts';

type MinuteField = 'firstResponseMinutes' | 'nextResponseMinutes' | 'resolutionMinutes';
const TARGETS: { field: MinuteField; label: 'firstResponse' | 'nextResponse' | 'resolution' }[] = [
  { field: 'firstResponseMinutes', label: 'firstResponse' },
  { field: 'nextResponseMinutes', label: 'nextResponse' },
  { field: 'resolutionMinutes', label: 'resolution' },
];

const hours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);

/** Admin → SLA: targets by urgency and level, edited in business hours, saved in minutes. */
export function SlaPoliciesSection() {
  const { t } = useTranslation();
  const loaded = useApiData<TSlaPolicies>(slaApi.policiesPath);
  const [draft, setDraft] = useState<TSlaPolicy[]>([]);
  const [isSaved, setIsSaved] = useState(false);
  const save = useAction((policies: TSlaPolicy[]) => slaApi.savePolicies(policies));
  useEffect(() => {
    if (loaded.data) setDraft(loaded.data.policies);
  }, [loaded.data]);

  const change = (index: number, patch: Partial<TSlaPolicy>) => {
    setIsSaved(false);
    setDraft((current) => current.map((policy, i) => (i === index ? { ...policy, ...patch } : policy)));
  };

  return (
    <section className="panel" aria-labelledby="sla-policies-title" data-testid="sla-policies">
      <h2 id="sla-policies-title">{t('sla.admin.policiesTitle')}</h2>
      <p className="muted">{t('sla.admin.policiesHelp')}</p>
      <ErrorAlert error={loaded.error ?? save.error} />
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const outcome = await save.run(draft);
          if (outcome.ok) {
            setDraft(outcome.value.policies);
            setIsSaved(true);
          }
        }}
      >
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('sla.admin.urgency')}</th>
                <th scope="col">{t('sla.admin.level')}</th>
                {TARGETS.map((target) => (
                  <th key={target.field} scope="col">
                    {t(`sla.admin.${target.label}`)}
                  </th>
                ))}
                <th scope="col">{t('sla.admin.warnPercent')}</th>
              </tr>
            </thead>
            <tbody>
              {draft.map((policy, index) => (
                <tr
                  key={`${policy.urgency}-${policy.level}`}
                  data-testid="sla-policy-row"
                  data-urgency={policy.urgency}
                  data-level={policy.level}
                >
                  <td>{t(`urgency.${policy.urgency}`)}</td>
                  <td>{policy.level}</td>
                  {TARGETS.map((target) => (
                    <td key={target.field}>
                      <input
                        type="number"
                        min="0.25"
                        step="0.25"
                        className="input--narrow"
                        aria-label={`${t(`urgency.${policy.urgency}`)} ${policy.level} ${t(`sla.admin.${target.label}`)}`}
                        data-testid={`sla-${target.field}`}
                        value={hours(policy[target.field])}
                        onChange={(event) => change(index, { [target.field]: Math.round(Number(event.target.value) * 60) })}
                      />
                    </td>
                  ))}
                  <td>
                    <input
                      type="number"
                      min="1"
                      max="99"
                      className="input--narrow"
                      aria-label={`${t(`urgency.${policy.urgency}`)} ${policy.level} ${t('sla.admin.warnPercent')}`}
                      data-testid="sla-warnPercent"
                      value={policy.warnPercent}
                      onChange={(event) => change(index, { warnPercent: Number(event.target.value) })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="sla-policies-save">
            {t('sla.admin.save')}
          </button>
          {isSaved ? (
            <span role="status" className="muted">
              {t('sla.admin.saved')}
            </span>
          ) : null}
        </div>
      </form>
    </section>
  );
}
