import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { CATEGORIES, URGENCIES } from '../../../../shared/constants.ts';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import type { Category, TCreateHelpRequest, THelpRequest, TSite, Urgency } from '../../api/types.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { useMe } from '../../auth/auth-context.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FieldError, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { isCategory, isUrgency } from '../../lib/enums.ts';
import { resolveSiteAndModule, selectableSites } from '../../lib/site-choice.ts';

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

export function PhoneLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('phoneLog.title'));
  const { user } = useMe();
  const navigate = useNavigate();
  const sitesData = useApiData<TSite[]>('/api/sites');
  const sites = selectableSites(sitesData.data ?? [], user.siteIds);
  const reporterRef = useRef<HTMLInputElement>(null);

  const [channel, setChannel] = useState<PhoneChannel>('phone');
  const [siteId, setSiteId] = useState('');
  const [moduleChoice, setModuleChoice] = useState('');
  const [reporterName, setReporterName] = useState('');
  const [reporterContact, setReporterContact] = useState('');
  const [category, setCategory] = useState<Category>('other');
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [summary, setSummary] = useState('');
  const [description, setDescription] = useState('');
  const [lastLogged, setLastLogged] = useState<THelpRequest | null>(null);
  const { site, module } = resolveSiteAndModule(sites, siteId, moduleChoice);

  const create = useAction(async () => {
    const body: Partial<TCreateHelpRequest> = {
      siteId: site?.id,
      module: module || undefined,
      channel,
      category,
      urgency,
      summary,
      description,
      reporterName: reporterName.trim() || undefined,
      reporterContact: reporterContact.trim() || undefined,
    };
    return api.post<THelpRequest>('/api/requests', body);
  });
  const errors = fieldErrorsOf(create.error);

  const resetForNext = (created: THelpRequest) => {
    setLastLogged(created);
    setReporterName('');
    setReporterContact('');
    setCategory('other');
    setUrgency('normal');
    setSummary('');
    setDescription('');
    reporterRef.current?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Enter in a text input submits with the first button, "Save and log another".
    const submitter = event.nativeEvent instanceof SubmitEvent ? event.nativeEvent.submitter : null;
    const isOpenAfter = submitter?.getAttribute('value') === 'open';
    const result = await create.run();
    if (!result.ok) return;
    if (isOpenAfter) navigate(`/requests/${encodeURIComponent(result.value.reference)}`);
    else resetForNext(result.value);
  };

  return (
    <div className="page page--narrow">
      <h1>{t('phoneLog.title')}</h1>
      <p className="muted">{t('phoneLog.intro')}</p>
      <ErrorAlert error={sitesData.error} />
      {lastLogged ? (
        <div className="alert alert--success" role="status" data-testid="phone-log-saved">
          {t('phoneLog.logged')} <Link to={`/requests/${encodeURIComponent(lastLogged.reference)}`}>{lastLogged.reference}</Link>
        </div>
      ) : null}
      <form className="form form--large" onSubmit={onSubmit} noValidate data-testid="phone-log-form">
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
        <SelectField
          id="phone-site"
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
          <SelectField
            id="phone-module"
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
          <SelectField
            id="phone-category"
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
            id="phone-urgency"
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
          id="phone-summary"
          label={t('fields.summary')}
          hint={t('phoneLog.enterHint')}
          value={summary}
          maxLength={200}
          required
          enterKeyHint="send"
          onChange={(event) => setSummary(event.target.value)}
          errorName="summary"
          error={errors.summary}
        />
        <TextAreaField
          id="phone-description"
          label={t('fields.description')}
          rows={5}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          errorName="description"
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
