import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCommunityTopic, TOpenTopicFromRequest, TTopicDraft } from '../../../../shared/community-schemas.ts';
import { findSensitiveData, redactSensitiveData } from '../../../../shared/sensitive-data.ts';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import type { THelpRequest } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { TextAreaField, TextField } from '../../components/fields.tsx';
import { Modal } from '../../components/modal.tsx';

type Props = { request: THelpRequest; onClose: () => void; onOpened: (topic: TCommunityTopic) => void };
type Text = { title: string; body: string };

/**
 * "Open a community topic": the request's summary and description, checked for likely case data
 * as they are edited (the same rule the server applies), with "Redact all" and an explicit confirm.
 */
export function OpenTopicDialog({ request, onClose, onOpened }: Props) {
  const { t } = useTranslation();
  const draft = useApiData<TTopicDraft>(`/api/requests/${request.id}/community-topic/draft`);
  const [text, setText] = useState<Text | null>(null);
  useEffect(() => {
    if (draft.data && !text) setText({ title: draft.data.title, body: draft.data.body });
  }, [draft.data, text]);

  const domains = draft.data?.staffEmailDomains;
  const findings = useMemo(() => {
    if (!text || !domains) return { title: [], body: [] };
    return {
      title: findSensitiveData(text.title, { staffEmailDomains: domains }),
      body: findSensitiveData(text.body, { staffEmailDomains: domains }),
    };
  }, [text, domains]);
  const all = [
    ...findings.title.map((f) => ({ ...f, field: 'title' as const })),
    ...findings.body.map((f) => ({ ...f, field: 'body' as const })),
  ];

  const open = useAction((body: TOpenTopicFromRequest) =>
    api.post<TCommunityTopic>(`/api/requests/${request.id}/community-topic`, body),
  );
  const errors = fieldErrorsOf(open.error);

  const onRedactAll = () => {
    if (!text) return;
    setText({ title: redactSensitiveData(text.title, findings.title), body: redactSensitiveData(text.body, findings.body) });
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text || !draft.data) return;
    const result = await open.run({
      ...text,
      category: draft.data.category,
      language: draft.data.language,
      // The user saw what is left and chose to share it.
      confirmRedaction: true,
    });
    if (result.ok) onOpened(result.value);
  };

  return (
    <Modal title={t('community.guard.title')} onClose={onClose} testId="sensitive-data-dialog" wide>
      <ErrorAlert error={draft.error} />
      {text ? (
        <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
          <p>{t('community.guard.intro')}</p>
          {all.length ? (
            <div className="alert alert--warning" data-testid="sensitive-findings">
              <p className="alert__title">{t('community.guard.findings')}</p>
              <ul>
                {all.map((finding) => (
                  <li key={`${finding.field}:${finding.start}`} data-testid="sensitive-finding" data-kind={finding.kind}>
                    {t(`community.guard.kinds.${finding.kind}`)} ({t(`community.guard.field.${finding.field}`)}):{' '}
                    <mark dir="auto">{finding.text}</mark>
                  </li>
                ))}
              </ul>
              <button type="button" className="button" onClick={onRedactAll} data-testid="redact-all">
                {t('community.guard.redactAll')}
              </button>
            </div>
          ) : (
            <p className="alert alert--success" data-testid="sensitive-none">
              {t('community.guard.noFindings')}
            </p>
          )}
          <TextField
            id="open-topic-title"
            label={t('community.form.titleLabel')}
            value={text.title}
            maxLength={200}
            onChange={(event) => setText({ ...text, title: event.target.value })}
            errorName="title"
            error={errors.title}
            data-testid="open-topic-title"
          />
          <TextAreaField
            id="open-topic-body"
            label={t('community.form.body')}
            rows={8}
            dir="auto"
            value={text.body}
            onChange={(event) => setText({ ...text, body: event.target.value })}
            errorName="body"
            error={errors.body}
            data-testid="open-topic-body"
          />
          <ErrorAlert error={open.error} shownFields={['title', 'body']} />
          <div className="form__actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={open.isPending || !text.title.trim() || !text.body.trim()}
              data-testid="open-topic-submit"
            >
              {all.length ? t('community.guard.confirmWithFindings') : t('community.guard.confirm')}
            </button>
            <button type="button" className="button button--ghost" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : draft.error ? null : (
        <p role="status">{t('common.loading')}</p>
      )}
    </Modal>
  );
}
