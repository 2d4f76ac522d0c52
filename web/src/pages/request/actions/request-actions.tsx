import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { THelpRequest } from '../../../api/types.ts';
import { AssignAction } from './assign-action.tsx';
import { DeescalateDialog } from './deescalate-dialog.tsx';
import { EscalateDialog } from './escalate-dialog.tsx';
import { L3StateAction } from './l3-state-action.tsx';
import { StatusAction } from './status-action.tsx';
import { TriageAction } from './triage-action.tsx';

type Props = {
  request: THelpRequest;
  onChanged: (updated?: THelpRequest) => void;
};

/** Every action the server says this user may take on this request, and nothing else. */
export function RequestActions({ request, onChanged }: Props) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'escalate' | 'deescalate' | null>(null);
  const { abilities, level } = request;
  const canEscalate = abilities.escalate && level < 3;
  const canDeescalate = abilities.deEscalate && level > 1;
  const showL3 = abilities.setL3State && level === 3;
  const hasAny =
    abilities.assign || abilities.allowedStatuses.length > 0 || abilities.edit || canEscalate || canDeescalate || showL3;
  if (!hasAny) return null;

  const done = (updated: THelpRequest) => {
    setDialog(null);
    onChanged(updated);
  };
  // Forms start from the current request again after each change.
  const version = request.updatedAt;

  return (
    <section className="panel actions" aria-labelledby="actions-title" data-testid="request-actions">
      <h2 id="actions-title">{t('request.actions')}</h2>
      {abilities.assign ? <AssignAction key={`assign-${version}`} request={request} onDone={done} /> : null}
      {abilities.allowedStatuses.length > 0 ? <StatusAction key={`status-${version}`} request={request} onDone={done} /> : null}
      {showL3 ? <L3StateAction key={`l3-${version}`} request={request} onDone={done} /> : null}
      {canEscalate || canDeescalate ? (
        <div className="action action--buttons">
          {canEscalate ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setDialog('escalate')}
              data-testid="escalate-button"
            >
              {t('escalate.button', { level: level + 1 })}
            </button>
          ) : null}
          {canDeescalate ? (
            <button type="button" className="button" onClick={() => setDialog('deescalate')} data-testid="deescalate-button">
              {t('deescalate.button', { level: level - 1 })}
            </button>
          ) : null}
        </div>
      ) : null}
      {abilities.edit ? (
        <details className="action action--details">
          <summary>{t('triage.title')}</summary>
          <TriageAction key={`triage-${version}`} request={request} onDone={done} />
        </details>
      ) : null}
      {dialog === 'escalate' ? (
        <EscalateDialog request={request} onClose={() => setDialog(null)} onDone={done} onUploaded={() => onChanged()} />
      ) : null}
      {dialog === 'deescalate' ? <DeescalateDialog request={request} onClose={() => setDialog(null)} onDone={done} /> : null}
    </section>
  );
}
