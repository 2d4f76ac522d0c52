import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ZCreateHelpRequest } from '../../../../shared/schemas.ts';
import { api } from '../../api/client.ts';
import type { TCreateHelpRequest, THelpRequest } from '../../api/types.ts';
import { useSaveForm } from '../../api/use-save-form.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import {
  CategoryField,
  DescriptionField,
  ModuleField,
  SiteField,
  SummaryField,
  UrgencyField,
} from '../../components/request-fields.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { requestPath } from '../../lib/paths.ts';
import { newClientId, sendOrQueue, validateOffline } from '../../offline/send-or-queue.ts';
import { recordSuggestionOpens } from '../shared/record-suggestion-opens.ts';
import { SuggestionsPanel } from '../shared/suggestions-panel.tsx';
import { useRequestDraft } from '../shared/use-request-draft.ts';

const FIELDS = ['siteId', 'module', 'category', 'urgency', 'summary', 'description'] as const;

export function NewRequestPage() {
  const { t } = useTranslation();
  usePageTitle(t('newRequest.title'));
  const navigate = useNavigate();
  const draft = useRequestDraft();
  const { user } = useMe();

  const create = useSaveForm(
    () => {
      const body: Partial<TCreateHelpRequest> = { ...draft.fields, channel: 'web' };
      const clientId = newClientId();
      return sendOrQueue({
        userId: user.id,
        change: { kind: 'create_request', clientId, input: validateOffline(ZCreateHelpRequest, body) },
        display: { summary: draft.summary },
        send: () => api.post<THelpRequest>('/api/requests', { ...body, clientId }),
      });
    },
    (created) => {
      // Queued offline: the register lists it as not yet sent.
      if (created.isQueued) return navigate('/requests', { state: { queued: created.clientId } });
      recordSuggestionOpens(created.value.id, draft.suggestionOpens.opens);
      navigate(requestPath(created.value.reference));
    },
  );
  const { errors } = create;

  return (
    <div className="page page--narrow">
      <h1>{t('newRequest.title')}</h1>
      <p className="muted">{t('newRequest.intro')}</p>
      <ErrorAlert error={draft.sitesError} />
      <form className="form" onSubmit={create.onSubmit} noValidate data-testid="new-request-form">
        <div className="form__row">
          <SiteField id="new-site" sites={draft.sites} value={draft.siteId} onChange={draft.setSiteId} error={errors.siteId} />
          <ModuleField
            id="new-module"
            options={draft.siteModules}
            value={draft.module}
            onChange={draft.setModule}
            error={errors.module}
            required
          />
        </div>
        <div className="form__row">
          <CategoryField id="new-category" value={draft.category} onChange={draft.setCategory} error={errors.category} />
          <UrgencyField id="new-urgency" value={draft.urgency} onChange={draft.setUrgency} error={errors.urgency} />
        </div>
        <SummaryField id="new-summary" value={draft.summary} onChange={draft.setSummary} error={errors.summary} />
        <SuggestionsPanel summary={draft.summary} module={draft.module} siteId={draft.siteId} opens={draft.suggestionOpens} />
        <DescriptionField
          id="new-description"
          hint={t('newRequest.descriptionHint')}
          rows={8}
          value={draft.description}
          onChange={draft.setDescription}
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
