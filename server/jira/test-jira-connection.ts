import type { TJiraConnectionInput, TJiraTestResult } from '../../shared/jira-schemas.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { notFound } from '../errors.ts';
import { DEFAULT_JIRA_TIMEOUT_MS } from './jira-deps.ts';
import { JiraHttpError } from './jira-http-error.ts';
import { jiraRequest } from './jira-request.ts';
import { apiBase, type JiraTarget } from './jira-target.ts';
import { type JiraSettings, loadDraftConnection } from './load-draft-connection.ts';
import { loadJiraConnection } from './load-jira-connection.ts';

type Check = TJiraTestResult['checks'][number];
type CreateField = {
  fieldId?: string;
  key?: string;
  name: string;
  required: boolean;
  hasDefaultValue?: boolean;
  allowedValues?: { name?: string; value?: string }[];
};

/** Fields the connector fills on every issue, whatever the mapping. */
const ALWAYS_SENT = ['project', 'issuetype', 'summary', 'description', 'labels', 'reporter'];

function explain(error: unknown, target: JiraTarget, what: string): string {
  if (!(error instanceof JiraHttpError)) return `${what}: ${error instanceof Error ? error.message : String(error)}`;
  if (error.status === 0) return `Jira could not be reached at ${target.baseUrl}: ${error.message}`;
  if (error.status === 401) {
    return target.authEmail
      ? 'Jira refused the credentials (401): check the account e-mail and its API token'
      : 'Jira refused the credentials (401): check the personal access token';
  }
  if (error.status === 403) return `${what}: this account lacks the permission (403). ${error.message}`;
  return `${what}: ${error.message}`;
}

function mappedFieldIds(row: JiraSettings): string[] {
  const mapping = row.fieldMapping;
  return [
    ...(Object.keys(mapping.componentByModule).length > 0 ? ['components'] : []),
    ...(Object.keys(mapping.priorityByUrgency).length > 0 ? ['priority'] : []),
    ...(mapping.referenceCustomField ? [mapping.referenceCustomField] : []),
    ...Object.values(mapping.customFields).filter((id): id is string => Boolean(id)),
  ];
}

function fieldChecks(row: JiraSettings, fields: CreateField[]): Check[] {
  const fieldId = (field: CreateField) => field.fieldId ?? field.key ?? '';
  const sent = new Set([...ALWAYS_SENT, ...mappedFieldIds(row)]);
  const missing = fields.filter((field) => field.required && !field.hasDefaultValue && !sent.has(fieldId(field)));
  const checks: Check[] = [
    missing.length > 0
      ? {
          name: 'requiredFields',
          isOk: false,
          message: `Jira requires fields Support Hub does not fill: ${missing.map((field) => `${field.name} (${fieldId(field)})`).join(', ')}. Map them to dossier fields or give them a default in Jira.`,
        }
      : { name: 'requiredFields', isOk: true, message: 'Every required field is filled or has a default' },
  ];
  const onScreen = new Map(fields.map((field) => [fieldId(field), field]));
  const problems: string[] = [];
  for (const id of mappedFieldIds(row)) {
    if (!onScreen.has(id)) problems.push(`${id} is not on the create screen of this issue type`);
  }
  const allowedNames = (id: string) => (onScreen.get(id)?.allowedValues ?? []).map((value) => value.name ?? value.value ?? '');
  const components = allowedNames('components');
  for (const name of Object.values(row.fieldMapping.componentByModule)) {
    if (name && onScreen.has('components') && !components.includes(name))
      problems.push(`component “${name}” does not exist (known: ${components.join(', ') || 'none'})`);
  }
  const priorities = allowedNames('priority');
  for (const name of Object.values(row.fieldMapping.priorityByUrgency)) {
    if (name && onScreen.has('priority') && priorities.length > 0 && !priorities.includes(name))
      problems.push(`priority “${name}” does not exist (known: ${priorities.join(', ')})`);
  }
  checks.push(
    problems.length > 0
      ? { name: 'mapping', isOk: false, message: `Field mapping: ${problems.join('; ')}` }
      : { name: 'mapping', isOk: true, message: 'The field mapping matches the create screen' },
  );
  return checks;
}

async function checkPlatform(row: JiraSettings, target: JiraTarget): Promise<Check[]> {
  const base = apiBase(target);
  const key = encodeURIComponent(row.projectKey);
  try {
    await jiraRequest(target, 'GET', `${base}/project/${key}`);
  } catch (error) {
    const message =
      error instanceof JiraHttpError && error.status === 404
        ? `Project ${row.projectKey} does not exist, or this account cannot see it (404)`
        : explain(error, target, 'Project');
    return [{ name: 'project', isOk: false, message }];
  }
  const checks: Check[] = [{ name: 'project', isOk: true, message: `Project ${row.projectKey} found` }];
  let types: { id: string; name: string }[];
  try {
    const page = await jiraRequest<{ issueTypes?: { id: string; name: string }[]; values?: { id: string; name: string }[] }>(
      target,
      'GET',
      `${base}/issue/createmeta/${key}/issuetypes?maxResults=200`,
    );
    types = page.issueTypes ?? page.values ?? [];
  } catch (error) {
    return [...checks, { name: 'issueType', isOk: false, message: explain(error, target, 'Issue types') }];
  }
  const type = types.find((candidate) => candidate.name.toLowerCase() === row.issueType.toLowerCase());
  if (!type) {
    return [
      ...checks,
      {
        name: 'issueType',
        isOk: false,
        message: `Issue type “${row.issueType}” cannot be created in ${row.projectKey}; available: ${types.map((candidate) => candidate.name).join(', ') || 'none'}`,
      },
    ];
  }
  checks.push({ name: 'issueType', isOk: true, message: `Issue type ${type.name} can be created` });
  try {
    const page = await jiraRequest<{ fields?: CreateField[]; values?: CreateField[] }>(
      target,
      'GET',
      `${base}/issue/createmeta/${key}/issuetypes/${encodeURIComponent(type.id)}?maxResults=200`,
    );
    return [...checks, ...fieldChecks(row, page.fields ?? page.values ?? [])];
  } catch (error) {
    return [...checks, { name: 'requiredFields', isOk: false, message: explain(error, target, 'Create fields') }];
  }
}

async function checkServiceDesk(row: JiraSettings, target: JiraTarget): Promise<Check[]> {
  const desk = encodeURIComponent(row.serviceDeskId ?? '');
  try {
    await jiraRequest(target, 'GET', `/rest/servicedeskapi/servicedesk/${desk}`);
  } catch (error) {
    const message =
      error instanceof JiraHttpError && error.status === 404
        ? `Service desk ${row.serviceDeskId} does not exist, or this account cannot see it (404)`
        : explain(error, target, 'Service desk');
    return [{ name: 'serviceDesk', isOk: false, message }];
  }
  try {
    const page = await jiraRequest<{ requestTypeFields: { fieldId: string; name: string; required: boolean }[] }>(
      target,
      'GET',
      `/rest/servicedeskapi/servicedesk/${desk}/requesttype/${encodeURIComponent(row.requestTypeId ?? '')}/field`,
    );
    return [
      {
        name: 'serviceDesk',
        isOk: true,
        message: `Service desk ${row.serviceDeskId} and request type ${row.requestTypeId} found`,
      },
      ...fieldChecks(
        row,
        page.requestTypeFields.map((field) => ({ ...field, hasDefaultValue: false })),
      ).filter((check) => check.name === 'requiredFields'),
    ];
  } catch (error) {
    const message =
      error instanceof JiraHttpError && error.status === 404
        ? `Request type ${row.requestTypeId} does not exist in service desk ${row.serviceDeskId} (404)`
        : explain(error, target, 'Request type');
    return [{ name: 'serviceDesk', isOk: false, message }];
  }
}

async function settingsToTest(options: {
  db: Database;
  config: Config;
  vendorTeamId: string;
  draft?: TJiraConnectionInput;
  timeoutMs: number;
}): Promise<{ settings: JiraSettings; target: JiraTarget }> {
  if (options.draft) return loadDraftConnection(options.db, { ...options, draft: options.draft });
  const connection = await loadJiraConnection(options.db, options);
  if (!connection) throw notFound('This team has no Jira connection yet: save one, or test the settings in the form');
  return { settings: connection.row, target: connection.target };
}

/**
 * Checks a connection step by step (credentials, project, issue type, fields) and says exactly
 * what is wrong: the saved one, or with `draft` the settings in the form before they are saved.
 */
export async function testJiraConnection(options: {
  db: Database;
  config: Config;
  vendorTeamId: string;
  draft?: TJiraConnectionInput;
  timeoutMs?: number;
}): Promise<TJiraTestResult> {
  const { settings: row, target } = await settingsToTest({ ...options, timeoutMs: options.timeoutMs ?? DEFAULT_JIRA_TIMEOUT_MS });
  const checks: Check[] = [];
  try {
    const me = await jiraRequest<{ displayName?: string; emailAddress?: string }>(target, 'GET', `${apiBase(target)}/myself`);
    checks.push({
      name: 'credentials',
      isOk: true,
      message: `Signed in to Jira as ${me.displayName ?? 'the configured account'}`,
    });
  } catch (error) {
    checks.push({ name: 'credentials', isOk: false, message: explain(error, target, 'Credentials') });
    return { isOk: false, checks };
  }
  checks.push(...(row.flavour === 'service_management' ? await checkServiceDesk(row, target) : await checkPlatform(row, target)));
  return { isOk: checks.every((check) => check.isOk), checks };
}
