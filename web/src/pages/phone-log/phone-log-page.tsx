import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ZCreateHelpRequest } from '../../../../shared/schemas.ts';
import { api } from '../../api/client.ts';
import type { TCreateHelpRequest, THelpRequest } from '../../api/types.ts';
import { useSaveForm } from '../../api/use-save-form.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FieldError, TextField } from '../../components/fields.tsx';
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
import { newClientId, type SentOrQueued, sendOrQueue, validateOffline } from '../../offline/send-or-queue.ts';
import { recordSuggestionOpens } from '../shared/record-suggestion-opens.ts';
import { SuggestionsPanel } from '../shared/suggestions-panel.tsx';
import { useRequestDraft } from '../shared/use-request-draft.ts';

const PHONE_CHANNELS = ['phone', 'walk_in', 'email'] as const;
type PhoneChannel = (typeof PHONE_CHANNELS)[number];
const FIELDS = [
  'channel',
  'siteId',
  'reporterName',
  'reporterContact',
  'module',
  'category',
  'urgency',
  'summary',
  'description',
] as const;

/** Whether "Save and open" submitted the form. Enter in a text input submits with the first button, "Save and log another". */
const isOpenAfterSave = (event: FormEvent<HTMLFormElement>) => {
  const submitter = event.nativeEvent instanceof SubmitEvent ? event.nativeEvent.submitter : null;
  return submitter?.getAttribute('value') === 'open';
};

export function PhoneLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('phoneLog.title'));
  const navigate = useNavigate();
  const draft = useRequestDraft();
  const reporterRef = useRef<HTMLInputElement>(null);

  const [channel, setChannel] = useState<PhoneChannel>('phone');
  const [reporterName, setReporterName] = useState('');
  const [reporterContact, setReporterContact] = useState('');
  const [lastLogged, setLastLogged] = useState<SentOrQueued<THelpRequest> | null>(null);
  const { user } = useMe();

  const resetForNext = (created: SentOrQueued<THelpRequest>) => {
    setLastLogged(created);
    setReporterName('');
    setReporterContact('');
    draft.clearDetails();
    reporterRef.current?.focus();
  };

  const create = useSaveForm(
    () => {
      const body: Partial<TCreateHelpRequest> = {
        ...draft.fields,
        channel,
        reporterName: reporterName.trim() || undefined,
        reporterContact: reporterContact.trim() || undefined,
      };
      const clientId = newClientId();
      return sendOrQueue({
        userId: user.id,
        change: { kind: 'create_request', clientId, input: validateOffline(ZCreateHelpRequest, body) },
        display: { summary: draft.summary },
        send: () => api.post<THelpRequest>('/api/requests', { ...body, clientId }),
      });
    },
    (created, event) => {
      if (created.isQueued) return resetForNext(created);
      recordSuggestionOpens(created.value.id, draft.suggestionOpens.opens);
      if (isOpenAfterSave(event)) navigate(requestPath(created.value.reference));
      else resetForNext(created);
    },
  );
  const { errors } = create;

  return (
    <div className="page page--narrow">
      <h1>{t('phoneLog.title')}</h1>
      <p className="muted">{t('phoneLog.intro')}</p>
      <ErrorAlert error={draft.sitesError} />
      {lastLogged?.isQueued ? (
        <div className="alert alert--warning" role="status" data-testid="phone-log-queued">
          {t('offline.queuedRequest')}
        </div>
      ) : lastLogged ? (
        <div className="alert alert--success" role="status" data-testid="phone-log-saved">
          {t('phoneLog.logged')} <Link to={requestPath(lastLogged.value.reference)}>{lastLogged.value.reference}</Link>
        </div>
      ) : null}
      <form className="form form--large" onSubmit={create.onSubmit} noValidate data-testid="phone-log-form">
        <fieldset className="field radio-group">
          <legend>{t('fields.channel')}</legend>
          <div className="radio-group__options">
            {PHONE_CHANNELS.map((option) => (
              <label key={option} className="radio-tile">
                <input
                  type="radio"
                  name="channel"
                  value={option}
                  checked={channel === option}
                  onChange={() => setChannel(option)}
                />
                <span>{t(`channel.${option}`)}</span>
              </label>
            ))}
          </div>
          <FieldError name="channel" message={errors.channel} />
        </fieldset>
        <SiteField id="phone-site" sites={draft.sites} value={draft.siteId} onChange={draft.setSiteId} error={errors.siteId} />
        <div className="form__row">
          <TextField
            ref={reporterRef}
            id="phone-reporter-name"
            label={t('fields.reporterName')}
            autoComplete="off"
            value={reporterName}
            onChange={(event) => setReporterName(event.target.value)}
            errorName="reporterName"
            error={errors.reporterName}
          />
          <TextField
            id="phone-reporter-contact"
            label={t('fields.reporterContact')}
            hint={t('phoneLog.contactHint')}
            autoComplete="off"
            value={reporterContact}
            onChange={(event) => setReporterContact(event.target.value)}
            errorName="reporterContact"
            error={errors.reporterContact}
          />
        </div>
        <div className="form__row form__row--three">
          <ModuleField
            id="phone-module"
            options={draft.siteModules}
            value={draft.module}
            onChange={draft.setModule}
            error={errors.module}
            required
          />
          <CategoryField id="phone-category" value={draft.category} onChange={draft.setCategory} error={errors.category} />
          <UrgencyField id="phone-urgency" value={draft.urgency} onChange={draft.setUrgency} error={errors.urgency} />
        </div>
        <SummaryField
          id="phone-summary"
          hint={t('phoneLog.enterHint')}
          enterKeyHint="send"
          value={draft.summary}
          onChange={draft.setSummary}
          error={errors.summary}
        />
        <SuggestionsPanel summary={draft.summary} module={draft.module} siteId={draft.siteId} opens={draft.suggestionOpens} />
        <DescriptionField
          id="phone-description"
          rows={5}
          value={draft.description}
          onChange={draft.setDescription}
          error={errors.description}
        />
        <ErrorAlert error={create.error} shownFields={FIELDS} />
        <div className="form__actions">
          <button
            type="submit"
            name="intent"
            value="another"
            className="button button--primary button--large"
            disabled={create.isPending}
            data-testid="phone-log-save-another"
          >
            {t('phoneLog.saveAnother')}
          </button>
          <button
            type="submit"
            name="intent"
            value="open"
            className="button button--large"
            disabled={create.isPending}
            data-testid="phone-log-save-open"
          >
            {t('phoneLog.saveOpen')}
          </button>
        </div>
      </form>
    </div>
  );
}
