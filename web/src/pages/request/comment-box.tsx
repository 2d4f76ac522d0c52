import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import type { THelpRequest, TTimelineEvent } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FieldError } from '../../components/fields.tsx';
import { newClientId, sendOrQueue } from '../../offline/send-or-queue.ts';

type Props = { request: THelpRequest; onPosted: () => void };

export function CommentBox({ request, onPosted }: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [isInternal, setIsInternal] = useState(false);
  const canNote = request.abilities.addInternalNote;
  const { user } = useMe();
  const [isQueued, setIsQueued] = useState(false);
  const post = useAction(() => {
    const comment = { clientId: newClientId(), body: body.trim(), internal: canNote && isInternal };
    return sendOrQueue({
      userId: user.id,
      change: { kind: 'comment', requestId: request.id, ...comment },
      display: { reference: request.reference, requestId: request.id },
      send: () => api.post<TTimelineEvent>(`/api/requests/${request.id}/comments`, comment),
    });
  });
  const errors = fieldErrorsOf(post.error);

  const submit = async () => {
    if (!body.trim()) return;
    const result = await post.run();
    if (!result.ok) return;
    setIsQueued(result.value.isQueued);
    setBody('');
    setIsInternal(false);
    onPosted();
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit();
  };

  return (
    <form
      className={isInternal ? 'comment-box comment-box--internal' : 'comment-box'}
      onSubmit={onSubmit}
      aria-labelledby="comment-title"
    >
      <h3 id="comment-title" className="visually-hidden">
        {t('comment.title')}
      </h3>
      <div className="field">
        <label htmlFor="comment-body">{isInternal ? t('comment.internalLabel') : t('comment.label')}</label>
        <textarea
          id="comment-body"
          dir="auto"
          rows={4}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void submit();
            }
          }}
          aria-describedby="comment-hint"
          aria-invalid={errors.body ? true : undefined}
          data-testid="comment-body"
        />
        <p className="field-hint" id="comment-hint">
          {canNote ? t('comment.hintInternal') : t('comment.hint')}
        </p>
        <FieldError name="body" message={errors.body} />
      </div>
      <div className="comment-box__actions">
        {canNote ? (
          <label className="check check--internal">
            <input
              type="checkbox"
              checked={isInternal}
              onChange={(event) => setIsInternal(event.target.checked)}
              data-testid="comment-internal"
            />
            <span>{t('comment.internal')}</span>
          </label>
        ) : null}
        <button
          type="submit"
          className="button button--primary"
          disabled={post.isPending || !body.trim()}
          data-testid="comment-submit"
        >
          {isInternal ? t('comment.submitInternal') : t('comment.submit')}
        </button>
      </div>
      <ErrorAlert error={post.error} shownFields={['body']} />
      {isQueued ? (
        <p className="alert alert--warning" role="status" data-testid="comment-queued">
          {t('offline.queuedComment')}
        </p>
      ) : null}
    </form>
  );
}
