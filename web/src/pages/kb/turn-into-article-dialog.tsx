import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TKbArticle, TKbFinding } from '../../../../shared/kb-schemas.ts';
import type { THelpRequest } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { TextAreaField, TextField } from '../../components/fields.tsx';
import { Modal } from '../../components/modal.tsx';
import { kbApi } from './kb-api.ts';
import { redactFindings } from './redact-findings.ts';
import { redactionProblemOf } from './redaction-problem.ts';

type Props = { request: THelpRequest; onClose: () => void; onCreated: (article: TKbArticle) => void };
type Review = { findings: TKbFinding[]; title: string; body: string };

/**
 * "Turn into article". The first try sends nothing and lets the server draft the text; when the
 * sensitive-data guard answers 422, the person sees each finding, redacts (all at once or by hand)
 * and sends the text they reviewed with `confirmRedaction`.
 */
export function TurnIntoArticleDialog({ request, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [review, setReview] = useState<Review | null>(null);
  const [isRedacted, setIsRedacted] = useState(false);
  const create = useAction(() =>
    kbApi.turnIntoArticle(request.id, review ? { title: review.title, body: review.body, confirmRedaction: true } : {}),
  );

  useEffect(() => {
    const problem = redactionProblemOf(create.error);
    if (!problem || review) return;
    setReview({ findings: problem.findings, title: problem.draft.title, body: problem.draft.body });
    create.clearError();
  }, [create.error, create.clearError, review]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await create.run();
    if (result.ok) onCreated(result.value);
  };
  const redactAll = () => {
    if (!review) return;
    const inField = (field: TKbFinding['field']) => review.findings.filter((finding) => finding.field === field);
    setReview({
      ...review,
      title: redactFindings(review.title, inField('title')),
      body: redactFindings(review.body, inField('body')),
    });
    setIsRedacted(true);
  };

  return (
    <Modal title={t('kb.turnInto.title')} onClose={onClose} testId="turn-into-article-dialog" wide={Boolean(review)}>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        {review ? (
          <>
            <div className="alert alert--warning" role="alert" data-testid="kb-findings">
              <p className="alert__title">{t('kb.turnInto.findingsTitle')}</p>
              <p>{t('kb.turnInto.findingsIntro')}</p>
              <ul>
                {review.findings.map((finding) => (
                  <li key={`${finding.field}:${finding.start}`} data-testid="kb-finding" data-kind={finding.kind}>
                    <strong>{t(`kb.turnInto.kinds.${finding.kind}`)}</strong> {t(`kb.turnInto.field.${finding.field}`)}:{' '}
                    <code dir="auto">{finding.text}</code>
                  </li>
                ))}
              </ul>
              <button type="button" className="button" data-testid="kb-redact-all" onClick={redactAll}>
                {t('kb.turnInto.redactAll')}
              </button>
            </div>
            {isRedacted ? (
              <p className="alert alert--success" role="status">
                {t('kb.turnInto.redacted')}
              </p>
            ) : null}
            <TextField
              id="turn-into-title"
              label={t('kb.turnInto.titleLabel')}
              value={review.title}
              onChange={(event) => setReview({ ...review, title: event.target.value })}
              data-testid="turn-into-article-title"
            />
            <TextAreaField
              id="turn-into-body"
              label={t('kb.turnInto.bodyLabel')}
              rows={12}
              dir="auto"
              value={review.body}
              onChange={(event) => setReview({ ...review, body: event.target.value })}
              data-testid="turn-into-article-body"
            />
          </>
        ) : (
          <p>{t('kb.turnInto.intro')}</p>
        )}
        <ErrorAlert error={create.error} />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={create.isPending}
            data-testid="turn-into-article-submit"
          >
            {create.isPending ? t('kb.turnInto.creating') : review ? t('kb.turnInto.confirm') : t('kb.turnInto.create')}
          </button>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
