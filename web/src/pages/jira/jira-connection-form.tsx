import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { L3_STATES, MODULES, URGENCIES } from '../../../../shared/constants.ts';
import { JIRA_FLAVOURS, type JiraFlavour, type TJiraConnection, type TJiraTestResult } from '../../../../shared/jira-schemas.ts';
import { fieldErrorsOf } from '../../api/api-error.ts';
import { api } from '../../api/client.ts';
import type { TVendorTeam } from '../../api/types.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { JiraTestResults } from './jira-test-results.tsx';
import { mappingLines, parseMappingLines } from './mapping-lines.ts';

type Draft = {
  flavour: JiraFlavour;
  baseUrl: string;
  authEmail: string;
  apiToken: string;
  webhookSecret: string;
  clearWebhookSecret: boolean;
  projectKey: string;
  issueType: string;
  serviceDeskId: string;
  requestTypeId: string;
  components: Record<string, string>;
  priorities: Record<string, string>;
  isLabellingSite: boolean;
  isLabellingModule: boolean;
  referenceCustomField: string;
  customFields: string;
  statusMapping: string;
  isSendingPublicComments: boolean;
  isEnabled: boolean;
};

const EMPTY: Draft = {
  flavour: 'cloud',
  baseUrl: '',
  authEmail: '',
  apiToken: '',
  webhookSecret: '',
  clearWebhookSecret: false,
  projectKey: '',
  issueType: 'Bug',
  serviceDeskId: '',
  requestTypeId: '',
  components: {},
  priorities: {},
  isLabellingSite: true,
  isLabellingModule: true,
  referenceCustomField: '',
  customFields: '',
  statusMapping: '',
  isSendingPublicComments: false,
  isEnabled: true,
};

function draftOf(connection: TJiraConnection): Draft {
  return {
    ...EMPTY,
    flavour: connection.flavour,
    baseUrl: connection.baseUrl,
    authEmail: connection.authEmail ?? '',
    projectKey: connection.projectKey,
    issueType: connection.issueType,
    serviceDeskId: connection.serviceDeskId ?? '',
    requestTypeId: connection.requestTypeId ?? '',
    components: { ...connection.fieldMapping.componentByModule },
    priorities: { ...connection.fieldMapping.priorityByUrgency },
    isLabellingSite: connection.fieldMapping.isLabellingSite,
    isLabellingModule: connection.fieldMapping.isLabellingModule,
    referenceCustomField: connection.fieldMapping.referenceCustomField ?? '',
    customFields: mappingLines(connection.fieldMapping.customFields),
    statusMapping: mappingLines(connection.statusMapping),
    isSendingPublicComments: connection.isSendingPublicComments,
    isEnabled: connection.isEnabled,
  };
}

const filled = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).filter(([, value]) => value.trim()));

function bodyOf(draft: Draft) {
  return {
    flavour: draft.flavour,
    baseUrl: draft.baseUrl,
    authEmail: draft.authEmail.trim() || null,
    ...(draft.apiToken.trim() ? { apiToken: draft.apiToken } : {}),
    ...(draft.webhookSecret.trim() ? { webhookSecret: draft.webhookSecret } : {}),
    clearWebhookSecret: draft.clearWebhookSecret,
    projectKey: draft.projectKey.trim().toUpperCase(),
    issueType: draft.issueType,
    serviceDeskId: draft.serviceDeskId.trim() || null,
    requestTypeId: draft.requestTypeId.trim() || null,
    fieldMapping: {
      componentByModule: filled(draft.components),
      priorityByUrgency: filled(draft.priorities),
      isLabellingSite: draft.isLabellingSite,
      isLabellingModule: draft.isLabellingModule,
      referenceCustomField: draft.referenceCustomField.trim() || null,
      customFields: parseMappingLines(draft.customFields),
    },
    statusMapping: parseMappingLines(draft.statusMapping),
    isSendingPublicComments: draft.isSendingPublicComments,
    isEnabled: draft.isEnabled,
  };
}

const SHOWN = [
  'flavour',
  'baseUrl',
  'authEmail',
  'apiToken',
  'webhookSecret',
  'projectKey',
  'issueType',
  'serviceDeskId',
  'requestTypeId',
];

/** A team's Jira settings: edition, address, credentials (never shown back), mapping; test (before or after saving), save, disconnect. */
export function JiraConnectionForm({ team, onClose }: { team: TVendorTeam; onClose: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<TJiraConnection | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [isPending, setIsPending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [testResult, setTestResult] = useState<TJiraTestResult | null>(null);
  // A test sends the form as `draft`, so its validation errors name `draft.baseUrl` and the like.
  const errors = { ...fieldErrorsOf(error), ...fieldErrorsOf(error, 'draft') };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  useEffect(() => {
    api
      .get<TJiraConnection | null>(`/api/vendor-teams/${team.id}/jira`)
      .then((connection) => {
        setSaved(connection);
        if (connection) setDraft(draftOf(connection));
      })
      .catch(setError);
  }, [team.id]);

  const run = async (action: () => Promise<void>) => {
    setIsPending(true);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setIsPending(false);
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const connection = await api.put<TJiraConnection>(`/api/vendor-teams/${team.id}/jira`, bodyOf(draft));
      setSaved(connection);
      setDraft({ ...draftOf(connection) });
      setNotice(t('jira.admin.saved'));
    });
  };
  const test = () =>
    run(async () => {
      setTestResult(null);
      setTestResult(await api.post<TJiraTestResult>(`/api/vendor-teams/${team.id}/jira/test`, { draft: bodyOf(draft) }));
    });
  const disconnect = () =>
    run(async () => {
      await api.delete(`/api/vendor-teams/${team.id}/jira`);
      onClose();
    });
  const webhookUrl = `${window.location.origin}/api/jira/webhooks/${team.id}`;
  const secretHint = (isSet: boolean | undefined) => (isSet ? t('jira.admin.secretSet') : t('jira.admin.secretUnset'));

  return (
    <form className="form panel admin-form" onSubmit={onSubmit} noValidate data-testid="jira-connection-form">
      <h2>{t('jira.admin.formTitle', { name: team.name })}</h2>
      <ErrorAlert error={error} shownFields={SHOWN} prefix="draft" />
      {notice ? (
        <p role="status" data-testid="jira-saved">
          {notice}
        </p>
      ) : null}
      <div className="form__row">
        <SelectField
          id="jira-flavour"
          label={t('jira.admin.flavour')}
          value={draft.flavour}
          onChange={(event) => set('flavour', event.target.value as JiraFlavour)}
          errorName="flavour"
          error={errors.flavour}
        >
          {JIRA_FLAVOURS.map((flavour) => (
            <option key={flavour} value={flavour}>
              {t(`jira.admin.flavours.${flavour}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="jira-base-url"
          label={t('jira.admin.baseUrl')}
          type="url"
          placeholder="https://example.atlassian.net"
          value={draft.baseUrl}
          onChange={(event) => set('baseUrl', event.target.value)}
          errorName="baseUrl"
          error={errors.baseUrl}
          required
        />
      </div>
      <div className="form__row">
        <TextField
          id="jira-auth-email"
          label={t('jira.admin.authEmail')}
          hint={t('jira.admin.authEmailHint')}
          type="email"
          value={draft.authEmail}
          onChange={(event) => set('authEmail', event.target.value)}
          errorName="authEmail"
          error={errors.authEmail}
        />
        <TextField
          id="jira-api-token"
          label={draft.flavour === 'data_center' ? t('jira.admin.apiTokenDc') : t('jira.admin.apiToken')}
          hint={secretHint(saved?.isApiTokenSet)}
          type="password"
          autoComplete="off"
          value={draft.apiToken}
          onChange={(event) => set('apiToken', event.target.value)}
          errorName="apiToken"
          error={errors.apiToken}
        />
      </div>
      <div className="form__row">
        <TextField
          id="jira-project-key"
          label={t('jira.admin.projectKey')}
          value={draft.projectKey}
          onChange={(event) => set('projectKey', event.target.value)}
          errorName="projectKey"
          error={errors.projectKey}
          required
        />
        <TextField
          id="jira-issue-type"
          label={t('jira.admin.issueType')}
          value={draft.issueType}
          onChange={(event) => set('issueType', event.target.value)}
          errorName="issueType"
          error={errors.issueType}
        />
      </div>
      {draft.flavour === 'service_management' ? (
        <div className="form__row">
          <TextField
            id="jira-service-desk"
            label={t('jira.admin.serviceDeskId')}
            inputMode="numeric"
            value={draft.serviceDeskId}
            onChange={(event) => set('serviceDeskId', event.target.value)}
            errorName="serviceDeskId"
            error={errors.serviceDeskId}
          />
          <TextField
            id="jira-request-type"
            label={t('jira.admin.requestTypeId')}
            inputMode="numeric"
            value={draft.requestTypeId}
            onChange={(event) => set('requestTypeId', event.target.value)}
            errorName="requestTypeId"
            error={errors.requestTypeId}
          />
        </div>
      ) : null}
      <TextField
        id="jira-webhook-secret"
        label={t('jira.admin.webhookSecret')}
        hint={`${secretHint(saved?.isWebhookSecretSet)} · ${t('jira.admin.webhookHint', { url: webhookUrl })}`}
        type="password"
        autoComplete="off"
        value={draft.webhookSecret}
        onChange={(event) => set('webhookSecret', event.target.value)}
        errorName="webhookSecret"
        error={errors.webhookSecret}
      />
      {saved?.isWebhookSecretSet ? (
        <label className="check">
          <input
            type="checkbox"
            checked={draft.clearWebhookSecret}
            onChange={(event) => set('clearWebhookSecret', event.target.checked)}
          />{' '}
          {t('jira.admin.clearWebhookSecret')}
        </label>
      ) : null}
      <fieldset className="field">
        <legend>{t('jira.admin.mapping')}</legend>
        <div className="form__row">
          {MODULES.map((module) => (
            <TextField
              key={module}
              id={`jira-component-${module}`}
              label={t('jira.admin.componentFor', { module: t(`module.${module}`) })}
              value={draft.components[module] ?? ''}
              onChange={(event) => set('components', { ...draft.components, [module]: event.target.value })}
            />
          ))}
        </div>
        <div className="form__row">
          {URGENCIES.map((urgency) => (
            <TextField
              key={urgency}
              id={`jira-priority-${urgency}`}
              label={t('jira.admin.priorityFor', { urgency: t(`urgency.${urgency}`) })}
              value={draft.priorities[urgency] ?? ''}
              onChange={(event) => set('priorities', { ...draft.priorities, [urgency]: event.target.value })}
            />
          ))}
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.isLabellingSite}
            onChange={(event) => set('isLabellingSite', event.target.checked)}
          />{' '}
          {t('jira.admin.labelSite')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.isLabellingModule}
            onChange={(event) => set('isLabellingModule', event.target.checked)}
          />{' '}
          {t('jira.admin.labelModule')}
        </label>
        <TextField
          id="jira-reference-field"
          label={t('jira.admin.referenceField')}
          hint={t('jira.admin.referenceHint')}
          placeholder="customfield_10042"
          value={draft.referenceCustomField}
          onChange={(event) => set('referenceCustomField', event.target.value)}
          errorName="fieldMapping"
          error={errors.fieldMapping}
        />
        <TextAreaField
          id="jira-custom-fields"
          label={t('jira.admin.customFields')}
          hint={t('jira.admin.customFieldsHint')}
          rows={3}
          value={draft.customFields}
          onChange={(event) => set('customFields', event.target.value)}
        />
        <TextAreaField
          id="jira-status-mapping"
          label={t('jira.admin.statusMapping')}
          hint={`${t('jira.admin.statusMappingHint')} (${L3_STATES.join(', ')})`}
          rows={3}
          value={draft.statusMapping}
          onChange={(event) => set('statusMapping', event.target.value)}
          errorName="statusMapping"
          error={errors.statusMapping}
        />
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.isSendingPublicComments}
          onChange={(event) => set('isSendingPublicComments', event.target.checked)}
          data-testid="jira-send-comments"
        />{' '}
        {t('jira.admin.sendComments')}
      </label>
      <label className="check">
        <input type="checkbox" checked={draft.isEnabled} onChange={(event) => set('isEnabled', event.target.checked)} />{' '}
        {t('jira.admin.enabled')}
      </label>
      {testResult ? <JiraTestResults result={testResult} /> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isPending} data-testid="jira-save">
          {t('jira.admin.save')}
        </button>
        <button type="button" className="button button--ghost" disabled={isPending} onClick={test} data-testid="jira-test">
          {t('jira.admin.test')}
        </button>
        {saved ? (
          <button
            type="button"
            className="button button--ghost"
            disabled={isPending}
            onClick={disconnect}
            data-testid="jira-disconnect"
          >
            {t('jira.admin.disconnect')}
          </button>
        ) : null}
        <button type="button" className="button button--ghost" onClick={onClose} data-testid="jira-close">
          {t('jira.admin.close')}
        </button>
      </div>
    </form>
  );
}
