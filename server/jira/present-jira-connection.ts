import type { TJiraConnection } from '../../shared/jira-schemas.ts';
import type { JiraConnectionRow } from './load-jira-connection.ts';

/** The connection as the API shows it: secrets only as "set" or not. */
export function presentJiraConnection(row: JiraConnectionRow): TJiraConnection {
  return {
    vendorTeamId: row.vendorTeamId,
    flavour: row.flavour as TJiraConnection['flavour'],
    baseUrl: row.baseUrl,
    authEmail: row.authEmail,
    isApiTokenSet: row.apiTokenSealed !== null,
    isWebhookSecretSet: row.webhookSecretSealed !== null,
    projectKey: row.projectKey,
    issueType: row.issueType,
    serviceDeskId: row.serviceDeskId,
    requestTypeId: row.requestTypeId,
    fieldMapping: row.fieldMapping,
    statusMapping: row.statusMapping as TJiraConnection['statusMapping'],
    isSendingPublicComments: row.isSendingPublicComments,
    isEnabled: row.isEnabled,
    webhookPath: `/api/jira/webhooks/${row.vendorTeamId}`,
  };
}
