import type { ModuleCode, Urgency } from '../../shared/constants.ts';
import type { TJiraFieldMapping } from '../../shared/jira-schemas.ts';
import type { TDossier } from '../../shared/schemas.ts';
import { dossierToAdf } from './dossier-to-adf.ts';
import { dossierToWiki } from './dossier-to-wiki.ts';
import { type IssueSource, referenceLabel } from './issue-source.ts';
import { usesAdf } from './jira-target.ts';
import type { JiraConnectionRow } from './load-jira-connection.ts';

const labelSafe = (value: string) => value.trim().replace(/\s+/g, '-');

/** The labels an issue carries: always our reference (the idempotency key), then site and module as mapped. */
export function issueLabels(source: IssueSource, mapping: TJiraFieldMapping): string[] {
  return [
    referenceLabel(source.reference),
    ...(mapping.isLabellingSite ? [labelSafe(`site-${source.siteCode}`)] : []),
    ...(mapping.isLabellingModule ? [labelSafe(`module-${source.module}`)] : []),
  ];
}

function mappedFields(source: IssueSource, mapping: TJiraFieldMapping): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const component = mapping.componentByModule[source.module as ModuleCode];
  if (component) fields.components = [{ name: component }];
  const priority = mapping.priorityByUrgency[source.urgency as Urgency];
  if (priority) fields.priority = { name: priority };
  if (mapping.referenceCustomField) fields[mapping.referenceCustomField] = source.reference;
  for (const [field, customField] of Object.entries(mapping.customFields)) {
    const value = source.dossier?.[field as keyof TDossier];
    if (customField && typeof value === 'string' && value) fields[customField] = value;
  }
  return fields;
}

const issueSummary = (source: IssueSource) => `[${source.reference}] ${source.dossier?.title || source.summary}`.slice(0, 254);

/** `fields` of POST /rest/api/{3,2}/issue: ADF description on Cloud, wiki text on Data Center. */
export function buildIssueFields(connection: JiraConnectionRow, source: IssueSource): Record<string, unknown> {
  return {
    project: { key: connection.projectKey },
    issuetype: { name: connection.issueType },
    summary: issueSummary(source),
    description: usesAdf({ flavour: connection.flavour as 'cloud' }) ? dossierToAdf(source) : dossierToWiki(source),
    labels: issueLabels(source, connection.fieldMapping),
    ...mappedFields(source, connection.fieldMapping),
  };
}

/** Body of POST /rest/servicedeskapi/request: the request type's fields, description as text. */
export function buildServiceDeskRequest(connection: JiraConnectionRow, source: IssueSource) {
  return {
    serviceDeskId: connection.serviceDeskId,
    requestTypeId: connection.requestTypeId,
    requestFieldValues: {
      summary: issueSummary(source),
      description: dossierToWiki(source),
      labels: issueLabels(source, connection.fieldMapping),
      ...mappedFields(source, connection.fieldMapping),
    },
  };
}
