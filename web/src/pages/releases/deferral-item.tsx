import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TDeferralProposal } from '../../../../shared/release-schemas.ts';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { useAction } from '../../api/use-action.ts';
import { DateTime } from '../../components/date-time.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { TextAreaField } from '../../components/fields.tsx';
import { requestPath } from '../../lib/paths.ts';
import { DeferralStatusBadge } from './release-badges.tsx';

type Props = { proposal: TDeferralProposal; showRequest?: boolean; onDecided: (proposal: TDeferralProposal) => void };

/** One deferral proposal: its reason, each party's decision, and the caller's decision form when it is their turn. */
export function DeferralItem({ proposal, showRequest = false, onDecided }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const decide = useAction((decision: 'approve' | 'reject') =>
    api.post<TDeferralProposal>(`/api/deferrals/${proposal.id}/decisions`, { decision, comment }),
  );
  const errors = fieldErrorsOf(decide.error);
  const submit = (decision: 'approve' | 'reject') => async (event?: FormEvent) => {
    event?.preventDefault();
    const outcome = await decide.run(decision);
    if (outcome.ok) {
      setComment('');
      onDecided(outcome.value);
    }
  };

  return (
    <article className="deferral" data-testid="deferral-item" data-proposal-id={proposal.id} data-status={proposal.status}>
      <p>
        {showRequest ? (
          <>
            <Link to={requestPath(proposal.requestReference)} className="reference">
              {proposal.requestReference}
            </Link>{' '}
            <span dir="auto">{proposal.requestSummary}</span>
            <br />
          </>
        ) : null}
        <DeferralStatusBadge status={proposal.status} />{' '}
        {t('releases.deferral.proposedBy', { name: proposal.proposedByName, version: proposal.releaseVersion })} ·{' '}
        <DateTime value={proposal.createdAt} mode="relative" />
      </p>
      <p className="prewrap" dir="auto">
        {proposal.reason}
      </p>
      {proposal.decisions.length > 0 ? (
        <ul className="deferral__decisions">
          {proposal.decisions.map((decision) => (
            <li
              key={decision.party}
              data-testid="deferral-decision"
              data-party={decision.party}
              data-decision={decision.decision}
            >
              <strong>{t(`releases.deferral.party.${decision.party}`)}</strong> ({decision.actorName}):{' '}
              {t(`releases.deferral.decision.${decision.decision}`)} — <span dir="auto">{decision.comment}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {proposal.myParty ? (
        <form onSubmit={submit('approve')} noValidate>
          <ErrorAlert error={decide.error} shownFields={['comment']} />
          <TextAreaField
            id={`deferral-comment-${proposal.id}`}
            label={t('releases.deferral.decideAs', { party: t(`releases.deferral.party.${proposal.myParty}`) })}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            rows={2}
            dir="auto"
            errorName="comment"
            error={errors.comment}
            placeholder={t('releases.deferral.comment')}
            data-testid="deferral-comment"
          />
          <div className="deferral__actions">
            <button type="submit" className="button button--primary" disabled={decide.isPending} data-testid="deferral-approve">
              {t('releases.deferral.approve')}
            </button>
            <button
              type="button"
              className="button"
              disabled={decide.isPending}
              onClick={() => submit('reject')()}
              data-testid="deferral-reject"
            >
              {t('releases.deferral.reject')}
            </button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
