import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAttachment, THelpRequest } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { DateTime } from '../../components/date-time.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FieldError } from '../../components/fields.tsx';
import { formatBytes } from '../../lib/format.ts';
import { ATTACHMENT_ACCEPT, attachmentProblem, uploadAttachment } from './attachment-upload.ts';

type Props = { request: THelpRequest; onUploaded: (attachment: TAttachment) => void };

export function AttachmentsPanel({ request, onUploaded }: Props) {
  const { t, i18n } = useTranslation();
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const upload = useAction((file: File) => uploadAttachment(request.id, file));

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    const problem = attachmentProblem(file);
    setFileProblem(problem ? t(`attachments.${problem}`) : null);
    if (problem) return;
    const result = await upload.run(file);
    input.value = '';
    if (result.ok) onUploaded(result.value);
  };

  return (
    <section className="panel" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('attachments.title')}</h2>
      {request.attachments.length ? (
        <ul className="attachments" data-testid="attachments">
          {request.attachments.map((attachment) => (
            <li key={attachment.id} data-testid="attachment-item">
              <a href={`/api/requests/${request.id}/attachments/${attachment.id}`} target="_blank" rel="noreferrer">
                {attachment.fileName}
              </a>
              <span className="muted">
                {' '}
                · {formatBytes(attachment.size, i18n.language)} · <DateTime value={attachment.createdAt} mode="relative" />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('attachments.none')}</p>
      )}
      {request.abilities.uploadAttachment ? (
        <div className="field">
          <label htmlFor="attachment-file">{t('attachments.upload')}</label>
          <p className="field-hint" id="attachment-file-hint">
            {t('attachments.hint')}
          </p>
          <input
            id="attachment-file"
            type="file"
            accept={ATTACHMENT_ACCEPT}
            aria-describedby="attachment-file-hint"
            disabled={upload.isPending}
            onChange={(event) => void onFile(event)}
            data-testid="attachment-upload"
          />
          {upload.isPending ? <p role="status">{t('attachments.uploading')}</p> : null}
          <FieldError name="file" message={fileProblem ?? undefined} />
          <ErrorAlert error={upload.error} />
        </div>
      ) : null}
    </section>
  );
}
