import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLOSED_REPLY_ACTIONS,
  type ClosedReplyAction,
  RELEASE_OUTCOMES,
  type ReleaseOutcome,
} from '../../../../shared/constants.ts';
import { api } from '../../api/client.ts';
import type { ModuleCode, TSite, TSiteInput } from '../../api/types.ts';
import { useSaveForm } from '../../api/use-save-form.ts';
import { FieldError, SelectField, TextField } from '../../components/fields.tsx';
import { AdminForm } from './admin-form.tsx';
import { ModulesCheckboxGroup } from './modules-checkbox-group.tsx';

type Props = { site: TSite | null; onSaved: (site: TSite) => void; onCancel: () => void };

const FIELDS = [
  'code',
  'name',
  'country',
  'modules',
  'moduleVersions',
  'instanceUrl',
  'languages',
  'timeZone',
  'contactEmail',
  'isActive',
  'releaseOutcome',
  'sendsMailAcknowledgement',
  'closedMailReplyAction',
] as const;

const isClosedReplyAction = (value: string): value is ClosedReplyAction =>
  (CLOSED_REPLY_ACTIONS as readonly string[]).includes(value);

const splitList = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export function SiteForm({ site, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState(site?.code ?? '');
  const [name, setName] = useState(site?.name ?? '');
  const [country, setCountry] = useState(site?.country ?? '');
  const [modules, setModules] = useState<ModuleCode[]>(site?.modules ?? []);
  const [versions, setVersions] = useState<Record<string, string>>(site?.moduleVersions ?? {});
  const [instanceUrl, setInstanceUrl] = useState(site?.instanceUrl ?? '');
  const [languages, setLanguages] = useState((site?.languages ?? ['en']).join(', '));
  const [timeZone, setTimeZone] = useState(site?.timeZone ?? 'UTC');
  const [contactEmail, setContactEmail] = useState(site?.contactEmail ?? '');
  const [isActive, setIsActive] = useState(site?.isActive ?? true);
  const [releaseOutcome, setReleaseOutcome] = useState<ReleaseOutcome>(site?.releaseOutcome ?? 'verify');
  const [sendsMailAcknowledgement, setSendsMailAcknowledgement] = useState(site?.sendsMailAcknowledgement ?? false);
  const [closedMailReplyAction, setClosedMailReplyAction] = useState<ClosedReplyAction>(site?.closedMailReplyAction ?? 'reopen');

  const form = useSaveForm(() => {
    const moduleVersions: Record<string, string> = {};
    for (const module of modules) {
      const version = versions[module]?.trim();
      if (version) moduleVersions[module] = version;
    }
    const body: TSiteInput = {
      code: code.trim().toUpperCase(),
      name,
      country,
      modules,
      moduleVersions,
      instanceUrl: instanceUrl.trim(),
      languages: splitList(languages),
      timeZone: timeZone.trim(),
      contactEmail: contactEmail.trim(),
      isActive,
      releaseOutcome,
      sendsMailAcknowledgement,
      closedMailReplyAction,
    };
    return site ? api.patch<TSite>(`/api/sites/${site.id}`, body) : api.post<TSite>('/api/sites', body);
  }, onSaved);
  const { errors } = form;

  return (
    <AdminForm
      title={site ? t('admin.sites.edit', { name: site.name }) : t('admin.sites.new')}
      form={form}
      shownFields={FIELDS}
      onCancel={onCancel}
      testId="site-form"
      saveTestId="site-save"
    >
      <div className="form__row form__row--three">
        <TextField
          id="site-code"
          label={t('admin.sites.code')}
          hint={t('admin.sites.codeHint')}
          value={code}
          maxLength={5}
          required
          onChange={(event) => setCode(event.target.value)}
          errorName="code"
          error={errors.code}
        />
        <TextField
          id="site-name"
          label={t('admin.sites.name')}
          value={name}
          required
          onChange={(event) => setName(event.target.value)}
          errorName="name"
          error={errors.name}
        />
        <TextField
          id="site-country"
          label={t('admin.sites.country')}
          value={country}
          required
          onChange={(event) => setCountry(event.target.value)}
          errorName="country"
          error={errors.country}
        />
      </div>
      <ModulesCheckboxGroup
        id="site-modules"
        legend={t('admin.sites.modules')}
        value={modules}
        onChange={setModules}
        error={errors.modules}
      />
      {modules.length ? (
        <div className="form__row form__row--three">
          {modules.map((module) => (
            <TextField
              key={module}
              id={`site-version-${module}`}
              label={t('admin.sites.versionFor', { module: t(`module.${module}`) })}
              value={versions[module] ?? ''}
              maxLength={40}
              onChange={(event) => setVersions({ ...versions, [module]: event.target.value })}
            />
          ))}
        </div>
      ) : null}
      <FieldError name="moduleVersions" message={errors.moduleVersions} />
      <div className="form__row">
        <TextField
          id="site-instance-url"
          type="url"
          label={t('admin.sites.instanceUrl')}
          value={instanceUrl}
          onChange={(event) => setInstanceUrl(event.target.value)}
          errorName="instanceUrl"
          error={errors.instanceUrl}
        />
        <TextField
          id="site-contact-email"
          type="email"
          label={t('admin.sites.contactEmail')}
          value={contactEmail}
          onChange={(event) => setContactEmail(event.target.value)}
          errorName="contactEmail"
          error={errors.contactEmail}
        />
      </div>
      <div className="form__row">
        <TextField
          id="site-languages"
          label={t('admin.sites.languages')}
          hint={t('admin.sites.languagesHint')}
          value={languages}
          onChange={(event) => setLanguages(event.target.value)}
          errorName="languages"
          error={errors.languages}
        />
        <TextField
          id="site-time-zone"
          label={t('admin.sites.timeZone')}
          hint={t('admin.sites.timeZoneHint')}
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          errorName="timeZone"
          error={errors.timeZone}
        />
      </div>
      <SelectField
        id="site-release-outcome"
        label={t('releases.site.releaseOutcome')}
        value={releaseOutcome}
        onChange={(event) => setReleaseOutcome(event.target.value as ReleaseOutcome)}
        errorName="releaseOutcome"
        error={errors.releaseOutcome}
        data-testid="site-release-outcome"
      >
        {RELEASE_OUTCOMES.map((outcome) => (
          <option key={outcome} value={outcome}>
            {t(`releases.site.${outcome}`)}
          </option>
        ))}
      </SelectField>
      <fieldset data-testid="site-mail-intake">
        <legend>{t('inbound.site.heading')}</legend>
        <SelectField
          id="site-closed-mail-reply"
          label={t('inbound.site.closedReplyAction')}
          value={closedMailReplyAction}
          onChange={(event) => {
            if (isClosedReplyAction(event.target.value)) setClosedMailReplyAction(event.target.value);
          }}
          errorName="closedMailReplyAction"
          error={errors.closedMailReplyAction}
          data-testid="site-closed-mail-reply"
        >
          {CLOSED_REPLY_ACTIONS.map((value) => (
            <option key={value} value={value}>
              {t(`inbound.closedReplyActions.${value}`)}
            </option>
          ))}
        </SelectField>
        <label className="check">
          <input
            type="checkbox"
            checked={sendsMailAcknowledgement}
            onChange={(event) => setSendsMailAcknowledgement(event.target.checked)}
            data-testid="site-mail-acknowledgement"
          />
          <span>{t('inbound.site.sendsAcknowledgement')}</span>
        </label>
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={isActive} onChange={(event) => setIsActive(event.target.checked)} />
        <span>{t('admin.sites.isActive')}</span>
      </label>
    </AdminForm>
  );
}
