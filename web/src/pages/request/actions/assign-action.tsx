import { useTranslation } from 'react-i18next';
import type { THelpRequest, TUser } from '../../../api/types.ts';
import { useAction } from '../../../api/use-action.ts';
import { useApiData } from '../../../api/use-api-data.ts';
import { useMe } from '../../../auth/auth-context.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { patchRequest } from './patch-request.ts';

type Props = { request: THelpRequest; onDone: (updated: THelpRequest) => void };

/** Choosing someone in the select assigns at once; "Assign to me" is the one-tap shortcut. */
export function AssignAction({ request, onDone }: Props) {
  const { t } = useTranslation();
  const { user } = useMe();
  const assignees = useApiData<TUser[]>(`/api/requests/${request.id}/assignees`);
  const assign = useAction((assigneeId: string | null) => patchRequest(request.id, { assigneeId }));
  const options = assignees.data ?? [];
  const canTakeIt = options.some((candidate) => candidate.id === user.id) && request.assigneeId !== user.id;
  const isCurrentListed = !request.assigneeId || options.some((option) => option.id === request.assigneeId);

  const run = async (assigneeId: string | null) => {
    const result = await assign.run(assigneeId);
    if (result.ok) onDone(result.value);
  };

  return (
    <div className="action">
      <div className="field field--compact">
        <label htmlFor="assign-select">{t('assign.label')}</label>
        <select
          id="assign-select"
          value={request.assigneeId ?? ''}
          disabled={assign.isPending || assignees.isLoading}
          onChange={(event) => void run(event.target.value || null)}
          data-testid="assign-select"
        >
          <option value="">{t('common.unassigned')}</option>
          {isCurrentListed ? null : (
            <option value={request.assigneeId ?? ''}>{request.assigneeName ?? request.assigneeId}</option>
          )}
          {options.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name} · {t(`role.${candidate.role}`)}
            </option>
          ))}
        </select>
      </div>
      {canTakeIt ? (
        <button
          type="button"
          className="button"
          disabled={assign.isPending}
          onClick={() => void run(user.id)}
          data-testid="assign-me"
        >
          {t('assign.toMe')}
        </button>
      ) : null}
      <ErrorAlert error={assign.error ?? assignees.error} />
    </div>
  );
}
