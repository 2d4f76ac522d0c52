import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CATEGORIES, URGENCIES } from '../../../../shared/constants.ts';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import type { Category, TCreateHelpRequest, THelpRequest, TSite, Urgency } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { isCategory, isUrgency } from '../../lib/enums.ts';
import { resolveSiteAndModule, selectableSites } from '../../lib/site-choice.ts';

const FIELDS = ['siteId', 'module', 'category', 'urgency', 'summary', 'description'] as const;

export function NewRequestPage() {
  const { t } = useTranslation();
  usePageTitle(t('newRequest.title'));
  const { user } = useMe();
  const navigate = useNavigate();
  const sitesData = useApiData<TSite[]>('/api/sites');
  const sites = selectableSites(sitesData.data ?? [], user.siteIds);

  const [siteId, setSiteId] = useState('');
  const [moduleChoice, setModuleChoice] = useState('');
  const [category, setCategory] = useState<Category>('other');
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [summary, setSummary] = useState('');
  const [description, setDescription] = useState('');
  const { site, module } = resolveSiteAndModule(sites, siteId, moduleChoice);

  const create = useAction(async () => {
    const body: Partial<TCreateHelpRequest> = {
      siteId: site?.id,
      module: module || undefined,
      channel: 'web',
      category,
      urgency,
      summary,
      description,
    };
    return api.post<THelpRequest>('/api/requests', body);
  });
  const errors = fieldErrorsOf(create.error);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await create.run();
    if (result.ok) navigate(`/requests/${encodeURIComponent(result.value.reference)}`);
  };

  return (
    <div className="page page--narrow">
      <h1>{t('newRequest.title')}</h1>
      <p className="muted">{t('newRequest.intro')}</p>
      <ErrorAlert error={sitesData.error} />
      <form className="form" onSubmit={onSubmit} noValidate data-testid="new-request-form">
        <div className="form__row">
          <SelectField
            id="new-site"
            label={t('fields.site')}
            value={site?.id ?? ''}
            onChange={(event) => setSiteId(event.target.value)}
            errorName="siteId"
            error={errors.siteId}
            required
          >
            {sites.map((option) => (
              <option key={option.id} value={option.id}>
                {option.code} · {option.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="new-module"
            label={t('fields.module')}
            value={module}
            onChange={(event) => setModuleChoice(event.target.value)}
            errorName="module"
            error={errors.module}
            required
          >
            {(site?.modules ?? []).map((option) => (
              <option key={option} value={option}>
                {t(`module.${option}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="form__row">
          <SelectField
            id="new-category"
            label={t('fields.category')}
            value={category}
            onChange={(event) => isCategory(event.target.value) && setCategory(event.target.value)}
            errorName="category"
            error={errors.category}
          >
            {CATEGORIES.map((option) => (
              <option key={option} value={option}>
                {t(`category.${option}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="new-urgency"
            label={t('fields.urgency')}
            value={urgency}
            onChange={(event) => isUrgency(event.target.value) && setUrgency(event.target.value)}
            errorName="urgency"
            error={errors.urgency}
          >
            {URGENCIES.map((option) => (
              <option key={option} value={option}>
                {t(`urgency.${option}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          id="new-summary"
          label={t('fields.summary')}
          value={summary}
          maxLength={200}
          required
          onChange={(event) => setSummary(event.target.value)}
          errorName="summary"
          error={errors.summary}
        />
        <TextAreaField
          id="new-description"
          label={t('fields.description')}
          hint={t('newRequest.descriptionHint')}
          rows={8}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          errorName="description"
          error={errors.description}
        />
        <ErrorAlert error={create.error} shownFields={FIELDS} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending} data-testid="new-request-submit">
            {create.isPending ? t('common.saving') : t('newRequest.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
