import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCommunityReply } from '../../../../shared/community-schemas.ts';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FieldError } from '../../components/fields.tsx';

export function ReplyBox({ topicId, onPosted }: { topicId: string; onPosted: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const post = useAction(() => api.post<TCommunityReply>(`/api/community/topics/${topicId}/replies`, { body }));
  const errors = fieldErrorsOf(post.error);

  const submit = async () => {
    if (!body.trim()) return;
    const result = await post.run();
    if (!result.ok) return;
    setBody('');
    onPosted();
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit();
  };

  return (
    <form className="comment-box" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor="reply-body">{t('community.reply.label')}</label>
        <textarea
          id="reply-body"
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
          aria-describedby="reply-hint"
          aria-invalid={errors.body ? true : undefined}
          data-testid="reply-body"
        />
        <p className="field-hint" id="reply-hint">
          {t('community.reply.hint')}
        </p>
        <FieldError name="body" message={errors.body} />
      </div>
      <div className="comment-box__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={post.isPending || !body.trim()}
          data-testid="reply-submit"
        >
          {t('community.reply.submit')}
        </button>
      </div>
      <ErrorAlert error={post.error} shownFields={['body']} />
    </form>
  );
}
