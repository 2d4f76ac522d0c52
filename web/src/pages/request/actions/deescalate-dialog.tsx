import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../../api/api-error.ts';
import { api } from '../../../api/client.ts';
import type { TEscalationRequest, THelpRequest } from '../../../api/types.ts';
import { useAction } from '../../../api/use-action.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { TextAreaField } from '../../../components/fields.tsx';
import { Modal } from '../../../components/modal.tsx';
import { levelBelow } from '../../../lib/levels.ts';

type Props = { request: THelpRequest; onClose: () => void; onDone: (updated: THelpRequest) => void };

export function DeescalateDialog({ request, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const toLevel = levelBelow(request.level) ?? request.level;
  const [reason, setReason] = useState('');
  const deescalate = useAction(() => {
    const body: TEscalationRequest = { toLevel, reason, tried: '' };
    return api.post<THelpRequest>(`/api/requests/${request.id}/escalations`, body);
  });
  const errors = fieldErrorsOf(deescalate.error);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await deescalate.run();
    if (result.ok) onDone(result.value);
  };

  return (
    <Modal title={t('deescalate.title', { level: toLevel })} onClose={onClose} testId="deescalation-dialog">
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextAreaField
          id="deescalation-reason"
          label={t('deescalate.reason')}
          rows={3}
          value={reason}
          required
          onChange={(event) => setReason(event.target.value)}
          errorName="reason"
          error={errors.reason}
          data-testid="deescalation-reason"
        />
        <ErrorAlert error={deescalate.error} shownFields={['reason']} />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={deescalate.isPending}
            data-testid="deescalation-submit"
          >
            {t('deescalate.submit', { level: toLevel })}
          </button>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
