import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TKbAttachment } from '../../../../shared/kb-schemas.ts';
import { useAction } from '../../api/use-action.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FieldError } from '../../components/fields.tsx';
import { formatBytes } from '../../lib/format.ts';
import { ATTACHMENT_ACCEPT, attachmentProblem } from '../request/attachment-upload.ts';
import { kbApi } from './kb-api.ts';
import { attachmentMarkdown } from './kb-attachment-markdown.ts';

type Props = {
  articleId: string;
  attachments: TKbAttachment[];
  canUpload: boolean;
  onUploaded: (attachment: TKbAttachment) => void;
  /** In the editor: puts the Markdown that shows (or links) the file into the text. */
  onInsert?: (markdown: string) => void;
};

export function KbAttachmentsPanel({ articleId, attachments, canUpload, onUploaded, onInsert }: Props) {
  const { t, i18n } = useTranslation();
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const upload = useAction((file: File) => kbApi.upload(articleId, file));

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    const problem = attachmentProblem(file);
    setFileProblem(problem ? t(`kb.attachments.${problem}`) : null);
    if (problem) return;
    const result = await upload.run(file);
    input.value = '';
    if (result.ok) onUploaded(result.value);
  };

  if (!attachments.length && !canUpload) return null;
  return (
    <section className="panel" aria-labelledby="kb-attachments-title">
      <h2 id="kb-attachments-title">{t('kb.attachments.title')}</h2>
      {attachments.length ? (
        <ul className="attachments" data-testid="kb-attachments">
          {attachments.map((file) => (
            <li key={file.id} data-testid="kb-attachment-item">
              <a href={file.url} target="_blank" rel="noreferrer">
                {file.fileName}
              </a>
              <span className="muted"> · {formatBytes(file.size, i18n.language)}</span>
              {onInsert ? (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  data-testid="kb-attachment-insert"
                  onClick={() => onInsert(attachmentMarkdown(file))}
                >
                  {t('kb.attachments.insert')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('kb.attachments.none')}</p>
      )}
      {canUpload ? (
        <div className="field">
          <label htmlFor="kb-attachment-file">{t('kb.attachments.upload')}</label>
          <p className="field-hint" id="kb-attachment-file-hint">
            {t('kb.attachments.hint')}
          </p>
          <input
            id="kb-attachment-file"
            type="file"
            accept={ATTACHMENT_ACCEPT}
            aria-describedby="kb-attachment-file-hint"
            disabled={upload.isPending}
            onChange={(event) => void onFile(event)}
            data-testid="kb-attachment-upload"
          />
          {upload.isPending ? <p role="status">{t('kb.attachments.uploading')}</p> : null}
          <FieldError name="file" message={fileProblem ?? undefined} />
          <ErrorAlert error={upload.error} />
        </div>
      ) : null}
    </section>
  );
}
