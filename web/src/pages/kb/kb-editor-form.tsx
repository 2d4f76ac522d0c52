import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { MODULES } from '../../../../shared/constants.ts';
import type { TKbArticle } from '../../../../shared/kb-schemas.ts';
import { fieldErrorsOf } from '../../api/api-error.ts';
import type { ModuleCode } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { isLanguage, LANGUAGES } from '../../i18n/languages.ts';
import { isModule } from '../../lib/enums.ts';
import { kbApi } from './kb-api.ts';
import { attachmentMarkdown } from './kb-attachment-markdown.ts';
import { KbAttachmentsPanel } from './kb-attachments-panel.tsx';
import { languageName } from './kb-labels.ts';
import { KbMarkdownEditor } from './kb-markdown-editor.tsx';
import { kbPaths } from './kb-paths.ts';

const SHOWN_FIELDS = ['title', 'body', 'module', 'language', 'tags', 'note'] as const;

const parseTags = (text: string) =>
  text
    .split(',')
    .map((tag) => tag.trim().toLowerCase())
    .filter(Boolean);

/** Writes a new article or edits one; "Save and publish" for those who may publish. */
export function KbEditorForm({ article }: { article: TKbArticle | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { abilities } = useMe();
  const [title, setTitle] = useState(article?.title ?? '');
  const [body, setBody] = useState(article?.body ?? '');
  const [module, setModule] = useState<string>(article?.module ?? '');
  const [language, setLanguage] = useState(article?.language ?? 'en');
  const [tags, setTags] = useState(article?.tags.join(', ') ?? '');
  const [note, setNote] = useState('');
  const [attachments, setAttachments] = useState(article?.attachments ?? []);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const canPublish = article ? article.abilities.publish : abilities.publishArticles;
  const isPublished = article?.status === 'published';

  const save = useAction(async (publish: boolean) => {
    const fields = {
      title,
      body,
      module: isModule(module) ? (module as ModuleCode) : null,
      language,
      tags: parseTags(tags),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    if (!article) return kbApi.create({ ...fields, publish });
    const saved = await kbApi.update(article.id, { ...fields, baseRevision: article.revision });
    return publish && saved.status !== 'published' ? kbApi.setStatus(article.id, 'published') : saved;
  });
  const errors = fieldErrorsOf(save.error);

  const submit = async (publish: boolean) => {
    const result = await save.run(publish);
    if (result.ok) navigate(kbPaths.article(result.value.id));
  };

  const insert = (markdown: string) => {
    const textarea = textareaRef.current;
    const at = textarea ? textarea.selectionEnd : body.length;
    const before = body.slice(0, at);
    const separator = before && !before.endsWith('\n') ? '\n' : '';
    setBody(`${before}${separator}${markdown}\n${body.slice(at)}`);
  };

  const languages: string[] = isLanguage(language) ? [...LANGUAGES] : [...LANGUAGES, language];

  return (
    <>
      <form
        className="form kb-editor-form"
        data-testid="kb-editor-form"
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          void submit(false);
        }}
      >
        {isPublished ? (
          <p className="alert alert--warning" role="status">
            {t('kb.editor.published')}
          </p>
        ) : null}
        <TextField
          id="kb-title"
          label={t('kb.editor.title')}
          value={title}
          required
          maxLength={200}
          onChange={(event) => setTitle(event.target.value)}
          errorName="title"
          error={errors.title}
          data-testid="kb-title"
        />
        <div className="form__row form__row--three">
          <SelectField
            id="kb-module"
            label={t('kb.editor.module')}
            value={module}
            onChange={(event) => setModule(event.target.value)}
            errorName="module"
            error={errors.module}
            data-testid="kb-module"
          >
            <option value="">{t('kb.generalModule')}</option>
            {MODULES.map((code) => (
              <option key={code} value={code}>
                {t(`module.${code}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="kb-language"
            label={t('kb.editor.language')}
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
            errorName="language"
            error={errors.language}
            data-testid="kb-language"
          >
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="kb-tags"
            label={t('kb.editor.tags')}
            hint={t('kb.editor.tagsHint')}
            value={tags}
            onChange={(event) => setTags(event.target.value)}
            errorName="tags"
            error={errors.tags}
            data-testid="kb-tags"
          />
        </div>
        <KbMarkdownEditor value={body} language={language} onChange={setBody} error={errors.body} textareaRef={textareaRef} />
        <TextField
          id="kb-note"
          label={t('kb.editor.note')}
          hint={t('kb.editor.noteHint')}
          value={note}
          maxLength={500}
          onChange={(event) => setNote(event.target.value)}
          errorName="note"
          error={errors.note}
          data-testid="kb-note"
        />
        <ErrorAlert error={save.error} shownFields={SHOWN_FIELDS} />
        <div className="form__actions">
          <button
            type="submit"
            className={canPublish ? 'button' : 'button button--primary'}
            disabled={save.isPending}
            data-testid="kb-save"
          >
            {isPublished ? t('kb.editor.save') : t('kb.editor.saveDraft')}
          </button>
          {canPublish && !isPublished ? (
            <button
              type="button"
              className="button button--primary"
              disabled={save.isPending}
              data-testid="kb-save-publish"
              onClick={() => void submit(true)}
            >
              {t('kb.editor.saveAndPublish')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--ghost"
            onClick={() => navigate(article ? kbPaths.article(article.id) : kbPaths.list)}
          >
            {t('kb.editor.cancel')}
          </button>
        </div>
      </form>
      {article ? (
        <KbAttachmentsPanel
          articleId={article.id}
          attachments={attachments}
          canUpload={article.abilities.uploadAttachment}
          onUploaded={(file) => {
            setAttachments((current) => [...current, file]);
            insert(attachmentMarkdown(file));
          }}
          onInsert={insert}
        />
      ) : (
        <p className="muted">{t('kb.attachments.saveFirst')}</p>
      )}
    </>
  );
}
