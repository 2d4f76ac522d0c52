import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { MODULES, type ModuleCode } from '../../../../shared/constants.ts';
import type { TRelease, TReleaseSummary } from '../../../../shared/release-schemas.ts';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { releasePaths } from './release-paths.ts';

type Form = { version: string; module: ModuleCode; plannedDate: string; notes: string };
const SHOWN_FIELDS = ['version', 'module', 'plannedDate', 'notes'] as const;

/** /releases/new and /releases/:id/edit. Status changes and shipping live on the release page. */
export function ReleaseEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const existing = useApiData<TRelease>(id ? `/api/releases/${encodeURIComponent(id)}` : null);
  const [form, setForm] = useState<Form>({ version: '', module: 'cp', plannedDate: '', notes: '' });
  const loaded = existing.data;
  useEffect(() => {
    if (loaded) setForm({ version: loaded.version, module: loaded.module, plannedDate: loaded.plannedDate, notes: loaded.notes });
  }, [loaded]);
  usePageTitle(id ? t('releases.editor.editTitle', { version: loaded?.version ?? '' }) : t('releases.editor.newTitle'));

  const save = useAction((body: Form) =>
    id
      ? api.patch<TReleaseSummary>(`/api/releases/${encodeURIComponent(id)}`, {
          version: body.version,
          plannedDate: body.plannedDate,
          notes: body.notes,
        })
      : api.post<TReleaseSummary>('/api/releases', body),
  );
  const errors = fieldErrorsOf(save.error);
  const set = (key: keyof Form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await save.run(form);
    if (outcome.ok) navigate(releasePaths.detail(outcome.value.id));
  };

  if (id && !loaded) {
    return (
      <div className="page">
        {existing.error ? <ErrorAlert error={existing.error} /> : <p role="status">{t('common.loading')}</p>}
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <h1>{id ? t('releases.editor.editTitle', { version: loaded?.version }) : t('releases.editor.newTitle')}</h1>
      <form className="form" onSubmit={onSubmit} noValidate data-testid="release-form">
        <ErrorAlert error={save.error} shownFields={SHOWN_FIELDS} />
        <TextField
          id="release-version"
          label={t('releases.fields.version')}
          hint={t('releases.fields.versionHint')}
          value={form.version}
          onChange={set('version')}
          errorName="version"
          error={errors.version}
          required
          data-testid="release-version-input"
        />
        <SelectField
          id="release-module-input"
          label={t('releases.fields.module')}
          value={form.module}
          onChange={set('module')}
          disabled={Boolean(id)}
          errorName="module"
          error={errors.module}
          data-testid="release-module-input"
        >
          {MODULES.map((code) => (
            <option key={code} value={code}>
              {t(`module.${code}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="release-planned-date"
          type="date"
          label={t('releases.fields.plannedDate')}
          value={form.plannedDate}
          onChange={set('plannedDate')}
          errorName="plannedDate"
          error={errors.plannedDate}
          required
          data-testid="release-date-input"
        />
        <TextAreaField
          id="release-notes"
          label={t('releases.fields.notes')}
          value={form.notes}
          onChange={set('notes')}
          rows={10}
          dir="auto"
          errorName="notes"
          error={errors.notes}
          data-testid="release-notes-input"
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="release-save">
            {t('releases.editor.save')}
          </button>
          <Link to={id ? releasePaths.detail(id) : releasePaths.list} className="button">
            {t('releases.editor.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}
