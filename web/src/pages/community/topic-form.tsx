import { useTranslation } from 'react-i18next';
import {
  COMMUNITY_CATEGORIES,
  COMMUNITY_LANGUAGES,
  type CommunityCategory,
  type CommunityLanguage,
} from '../../../../shared/community-schemas.ts';
import type { SaveForm } from '../../api/use-save-form.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/fields.tsx';

export type TopicDraft = { title: string; body: string; category: CommunityCategory; language: CommunityLanguage };

type Props = {
  draft: TopicDraft;
  onDraft: (draft: TopicDraft) => void;
  form: SaveForm;
  submitLabel: string;
  /** The language is chosen once, when the topic is posted. */
  hasLanguage: boolean;
  onCancel?: () => void;
};

const FIELDS = ['title', 'body', 'category', 'language'];

export function TopicForm({ draft, onDraft, form, submitLabel, hasLanguage, onCancel }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof TopicDraft>(key: K, value: TopicDraft[K]) => onDraft({ ...draft, [key]: value });
  return (
    <form className="form" onSubmit={(event) => void form.onSubmit(event)} noValidate data-testid="topic-form">
      <TextField
        id="topic-title"
        label={t('community.form.titleLabel')}
        value={draft.title}
        required
        maxLength={200}
        onChange={(event) => set('title', event.target.value)}
        errorName="title"
        error={form.errors.title}
        data-testid="topic-title"
      />
      <TextAreaField
        id="topic-body"
        label={t('community.form.body')}
        hint={t('community.form.bodyHint')}
        rows={8}
        dir="auto"
        value={draft.body}
        required
        onChange={(event) => set('body', event.target.value)}
        errorName="body"
        error={form.errors.body}
        data-testid="topic-body"
      />
      <div className="form__row">
        <SelectField
          id="topic-category"
          label={t('community.form.category')}
          value={draft.category}
          onChange={(event) => set('category', event.target.value as CommunityCategory)}
          errorName="category"
          error={form.errors.category}
          data-testid="topic-category"
        >
          {COMMUNITY_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`community.categories.${category}`)}
            </option>
          ))}
        </SelectField>
        {hasLanguage ? (
          <SelectField
            id="topic-language"
            label={t('community.form.language')}
            value={draft.language}
            onChange={(event) => set('language', event.target.value as CommunityLanguage)}
            errorName="language"
            error={form.errors.language}
            data-testid="topic-language"
          >
            {COMMUNITY_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`community.languages.${language}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <ErrorAlert error={form.error} shownFields={FIELDS} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.isPending} data-testid="topic-submit">
          {form.isPending ? t('common.saving') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
