import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/fields.tsx';
import { KbArticleBody } from './kb-article-body.tsx';
import { articleDirection } from './kb-labels.ts';
import { useKbPreview } from './use-kb-preview.ts';

type Props = {
  value: string;
  language: string;
  onChange: (value: string) => void;
  error?: string;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
};

/** A Markdown textarea and its preview as rendered by the server: tabs on phones, side by side on wide screens. */
export function KbMarkdownEditor({ value, language, onChange, error, textareaRef }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const preview = useKbPreview(value);
  const dir = articleDirection(language);

  return (
    <div className="kb-editor" data-tab={tab}>
      <div className="kb-editor__tabs" role="tablist" aria-label={t('kb.editor.body')}>
        {(['write', 'preview'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            className="tab"
            id={`kb-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`kb-pane-${name}`}
            data-testid={`kb-tab-${name}`}
            onClick={() => setTab(name)}
          >
            {t(`kb.editor.${name}`)}
          </button>
        ))}
      </div>
      <div className="kb-editor__panes">
        <div className="field kb-editor__write" id="kb-pane-write" role="tabpanel" aria-labelledby="kb-tab-write">
          <label htmlFor="kb-body">{t('kb.editor.body')}</label>
          <textarea
            id="kb-body"
            ref={textareaRef}
            rows={18}
            value={value}
            dir={dir}
            lang={language}
            spellCheck
            aria-invalid={error ? true : undefined}
            aria-describedby="kb-body-hint"
            data-testid="kb-body"
            onChange={(event) => onChange(event.target.value)}
          />
          <p className="field-hint" id="kb-body-hint">
            {t('kb.editor.bodyHint')}
          </p>
          <FieldError name="body" message={error} />
        </div>
        <div
          className="kb-editor__preview"
          id="kb-pane-preview"
          role="tabpanel"
          aria-labelledby="kb-tab-preview"
          aria-live="polite"
        >
          <p className="kb-editor__preview-label">{t('kb.editor.preview')}</p>
          {preview.error ? <p className="field-error">{t('kb.editor.previewFailed')}</p> : null}
          {preview.html ? (
            <KbArticleBody html={preview.html} language={language} testId="kb-preview" />
          ) : (
            <p className="muted" data-testid="kb-preview">
              {t('kb.editor.previewEmpty')}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
