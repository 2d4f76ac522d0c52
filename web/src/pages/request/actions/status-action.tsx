import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../api/api-error.ts';
import type { Status, THelpRequest } from '../../../api/types.ts';
import { useAction } from '../../../api/use-action.ts';
import { useMe } from '../../../auth/auth-context.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FieldError } from '../../../components/fields.tsx';
import { isStatus } from '../../../lib/enums.ts';
import { newClientId, sendOrQueue } from '../../../offline/send-or-queue.ts';
import { patchRequest } from './patch-request.ts';

type Props = { request: THelpRequest; onDone: (updated: THelpRequest) => void };

export function StatusAction({ request, onDone }: Props) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<Status | ''>('');
  const [resolutionSummary, setResolutionSummary] = useState('');
  const [isSummaryMissing, setIsSummaryMissing] = useState(false);
  const { user } = useMe();
  const [isQueued, setIsQueued] = useState(false);
  const change = useAction((status: Status) =>
    sendOrQueue({
      userId: user.id,
      change: {
        kind: 'update_request',
        clientId: newClientId(),
        requestId: request.id,
        // What this person saw: a status the server changed meanwhile keeps the server's.
        baseUpdatedAt: request.updatedAt,
        base: { status: request.status },
        changes: { status },
        resolutionSummary: status === 'resolved' ? resolutionSummary : undefined,
      },
      display: { reference: request.reference, requestId: request.id },
      send: () => patchRequest(request.id, status === 'resolved' ? { status, resolutionSummary } : { status }),
    }),
  );
  const errors = fieldErrorsOf(change.error);
  const isReopen = request.status === 'resolved' || request.status === 'closed';
  const choices = request.abilities.allowedStatuses;
  const summaryError = isSummaryMissing ? t('statusAction.resolutionRequired') : errors.resolutionSummary;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!target) return;
    const isMissing = target === 'resolved' && !resolutionSummary.trim();
    setIsSummaryMissing(isMissing);
    if (isMissing) return;
    const result = await change.run(target);
    if (!result.ok) return;
    setTarget('');
    setResolutionSummary('');
    setIsQueued(result.value.isQueued);
    if (!result.value.isQueued) onDone(result.value.value);
  };

  if (!choices.length) return null;
  return (
    <form className="action" onSubmit={onSubmit} noValidate>
      <div className="field field--compact">
        <label htmlFor="status-select">{t('statusAction.label')}</label>
        <select
          id="status-select"
          value={target}
          onChange={(event) => {
            const { value } = event.target;
            setTarget(isStatus(value) ? value : '');
            setIsSummaryMissing(false);
          }}
          data-testid="status-select"
        >
          <option value="">{t('statusAction.choose')}</option>
          {choices.map((status) => (
            <option key={status} value={status}>
              {status === 'in_progress' && isReopen ? t('statusAction.reopen') : t(`status.${status}`)}
            </option>
          ))}
        </select>
        <FieldError name="status" message={errors.status} />
      </div>
      {target === 'resolved' ? (
        <div className="field">
          <label htmlFor="resolution-summary">{t('fields.resolutionSummary')}</label>
          <textarea
            id="resolution-summary"
            rows={4}
            required
            value={resolutionSummary}
            onChange={(event) => setResolutionSummary(event.target.value)}
            aria-invalid={summaryError ? true : undefined}
            aria-describedby={summaryError ? 'resolution-summary-error' : undefined}
            data-testid="resolution-summary"
          />
          <FieldError id="resolution-summary-error" name="resolutionSummary" message={summaryError} />
        </div>
      ) : null}
      <button type="submit" className="button button--primary" disabled={!target || change.isPending} data-testid="status-submit">
        {t('statusAction.submit')}
      </button>
      <ErrorAlert error={change.error} shownFields={['status', 'resolutionSummary']} />
      {isQueued ? (
        <p className="alert alert--warning" role="status" data-testid="status-queued">
          {t('offline.queuedStatus')}
        </p>
      ) : null}
    </form>
  );
}
