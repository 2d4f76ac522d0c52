import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { MODULES, type ModuleCode } from '../../../../shared/constants.ts';
import {
  NOTICE_LANGUAGES,
  NOTICE_REMINDER_LEAD,
  type NoticeLanguage,
  type NoticeType,
} from '../../../../shared/notice-schemas.ts';
import type { TSite } from '../../../../shared/schemas.ts';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { utcInputToIso } from './notice-window.tsx';
import { noticesApi } from './notices-api.ts';

type Version = { title: string; body: string };
const LANGUAGE_NAMES: Record<NoticeLanguage, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  pt: 'Português',
  ar: 'العربية',
};

/** /notices/new: the help desk writes a notice in one or more languages and sends it down the cascade. */
export function NewNoticePage() {
  const { t } = useTranslation();
  usePageTitle(t('notices.issue'));
  const navigate = useNavigate();
  const sites = useApiData<TSite[]>('/api/sites');
  const [type, setType] = useState<NoticeType>('downtime');
  const [languages, setLanguages] = useState<NoticeLanguage[]>(['en']);
  const [versions, setVersions] = useState<Partial<Record<NoticeLanguage, Version>>>({});
  const [windowStart, setWindowStart] = useState('');
  const [windowEnd, setWindowEnd] = useState('');
  const [siteIds, setSiteIds] = useState<string[]>([]);
  const [modules, setModules] = useState<ModuleCode[]>([]);
  const [moduleVersion, setModuleVersion] = useState('');
  const [references, setReferences] = useState('');
  const [releaseVersion, setReleaseVersion] = useState('');
  const [reminderLeadHours, setReminderLeadHours] = useState(String(NOTICE_REMINDER_LEAD.default / 60));
  const issue = useAction(noticesApi.issue);

  const setVersion = (language: NoticeLanguage, patch: Partial<Version>) =>
    setVersions((current) => ({ ...current, [language]: { title: '', body: '', ...current[language], ...patch } }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await issue.run({
      type,
      versions: languages.map((language) => ({
        language,
        title: versions[language]?.title ?? '',
        body: versions[language]?.body ?? '',
      })),
      windowStart: utcInputToIso(windowStart),
      windowEnd: utcInputToIso(windowEnd),
      siteIds,
      modules,
      moduleVersion: moduleVersion || undefined,
      requestReferences: references
        .split(/[\s,]+/)
        .map((reference) => reference.trim())
        .filter(Boolean),
      releaseVersion: releaseVersion || undefined,
      reminderLeadMinutes: Math.round(Number(reminderLeadHours) * 60),
    });
    if (result.ok) navigate(`/notices/${result.value.id}`);
  };

  return (
    <div className="page page--narrow">
      <h1>{t('notices.issue')}</h1>
      <form className="form" onSubmit={(event) => void onSubmit(event)} data-testid="notice-form">
        <SelectField
          id="notice-type"
          label={t('notices.type.label')}
          value={type}
          onChange={(event) => setType(event.target.value as NoticeType)}
          data-testid="notice-type-select"
        >
          <option value="downtime">{t('notices.type.downtime')}</option>
          <option value="training">{t('notices.type.training')}</option>
        </SelectField>
        <CheckboxGroup
          id="notice-languages"
          legend={t('notices.fields.languages')}
          options={NOTICE_LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))}
          value={languages}
          onChange={(next) => setLanguages(NOTICE_LANGUAGES.filter((language) => next.includes(language)))}
        />
        {languages.map((language) => (
          <fieldset key={language} lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
            <legend>{LANGUAGE_NAMES[language]}</legend>
            <TextField
              id={`notice-title-${language}`}
              label={t('notices.fields.title')}
              value={versions[language]?.title ?? ''}
              onChange={(event) => setVersion(language, { title: event.target.value })}
              required
              data-testid={`notice-title-${language}`}
            />
            <TextAreaField
              id={`notice-body-${language}`}
              label={t('notices.fields.body')}
              rows={5}
              value={versions[language]?.body ?? ''}
              onChange={(event) => setVersion(language, { body: event.target.value })}
              data-testid={`notice-body-${language}`}
            />
          </fieldset>
        ))}
        <div className="form__row">
          <TextField
            id="notice-start"
            type="datetime-local"
            label={t('notices.fields.windowStart')}
            value={windowStart}
            onChange={(event) => setWindowStart(event.target.value)}
            required
            data-testid="notice-start"
          />
          <TextField
            id="notice-end"
            type="datetime-local"
            label={t('notices.fields.windowEnd')}
            value={windowEnd}
            onChange={(event) => setWindowEnd(event.target.value)}
            required
            data-testid="notice-end"
          />
        </div>
        <CheckboxGroup
          id="notice-sites"
          legend={t('notices.fields.sites')}
          options={(sites.data ?? [])
            .filter((site) => site.isActive)
            .map((site) => ({ value: site.id, label: `${site.name} (${site.code}, ${site.timeZone})` }))}
          value={siteIds}
          onChange={setSiteIds}
          errorName="siteIds"
        />
        <CheckboxGroup
          id="notice-modules"
          legend={t('notices.fields.modules')}
          options={MODULES.map((module) => ({ value: module, label: module.toUpperCase() }))}
          value={modules}
          onChange={setModules}
          errorName="modules"
        />
        <TextField
          id="notice-module-version"
          label={t('notices.fields.moduleVersion')}
          value={moduleVersion}
          onChange={(event) => setModuleVersion(event.target.value)}
          placeholder="v2.11.3"
        />
        <TextField
          id="notice-requests"
          label={t('notices.fields.requestReferences')}
          value={references}
          onChange={(event) => setReferences(event.target.value)}
          placeholder="SLE-0042"
          data-testid="notice-requests"
        />
        <TextField
          id="notice-release"
          label={t('notices.fields.releaseVersion')}
          value={releaseVersion}
          onChange={(event) => setReleaseVersion(event.target.value)}
          placeholder="v2.15.2"
        />
        <TextField
          id="notice-reminder-lead"
          type="number"
          min={NOTICE_REMINDER_LEAD.min / 60}
          max={NOTICE_REMINDER_LEAD.max / 60}
          step="any"
          label={t('notices.fields.reminderLead')}
          hint={t('notices.fields.reminderLeadHint')}
          value={reminderLeadHours}
          onChange={(event) => setReminderLeadHours(event.target.value)}
          errorName="reminderLeadMinutes"
          data-testid="notice-reminder-lead"
        />
        <ErrorAlert error={issue.error} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={issue.isPending} data-testid="notice-submit">
            {t('notices.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
