import { useTranslation } from 'react-i18next';
import type { TRequestJiraStatus } from '../../../../shared/jira-schemas.ts';
import { useApiData } from '../../api/use-api-data.ts';

/**
 * The request's Jira line at level 3: nothing while no Jira is involved, "waiting for Jira" while
 * the issue is on its way (or Jira is down), the refusal once it failed. A linked issue shows in
 * the details as the external key.
 */
export function RequestJiraStatus({ requestId, isLinked }: { requestId: string; isLinked: boolean }) {
  const { t } = useTranslation();
  const status = useApiData<TRequestJiraStatus>(isLinked ? null : `/api/requests/${requestId}/jira`);
  const state = status.data?.state;
  if (isLinked || !state || state === 'none' || state === 'linked') return null;
  return (
    <div className="details__row" data-field="jira" data-testid="request-jira-status" data-state={state}>
      <dt>{t('jira.request.label')}</dt>
      <dd>
        <span className={state === 'failed' ? 'field-error' : 'muted'}>
          {state === 'failed' ? t('jira.request.failed') : t('jira.request.waiting')}
        </span>
        {status.data?.lastError ? <span className="muted"> · {status.data.lastError}</span> : null}
      </dd>
    </div>
  );
}
