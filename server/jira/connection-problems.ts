import type { ZJiraConnectionInput } from '../../shared/jira-schemas.ts';
import type { FieldError } from '../errors.ts';
import type { JiraConnectionRow } from './load-jira-connection.ts';

export type TokenState = 'sent' | 'stored' | 'missing' | 'address_changed';
export type ParsedConnectionInput = ReturnType<typeof ZJiraConnectionInput.parse>;

/** Whether the settings carry a token, may keep the stored one, or lack one. */
export function tokenState(
  input: ParsedConnectionInput,
  existing: Pick<JiraConnectionRow, 'baseUrl' | 'apiTokenSealed'> | undefined,
): TokenState {
  if (input.apiToken) return 'sent';
  if (!existing?.apiTokenSealed) return 'missing';
  // A kept token never follows a new address: that would hand it to whatever server the address names.
  return existing.baseUrl === input.baseUrl ? 'stored' : 'address_changed';
}

/** What the settings lack for their edition, field by field. */
export function connectionProblems(input: ParsedConnectionInput, token: TokenState): FieldError[] {
  const errors: FieldError[] = [];
  if (input.flavour !== 'data_center' && !input.authEmail) {
    errors.push({ field: 'authEmail', message: 'is required on Jira Cloud: the e-mail of the account that owns the API token' });
  }
  if (input.flavour === 'service_management') {
    if (!input.serviceDeskId) errors.push({ field: 'serviceDeskId', message: 'is required for Jira Service Management' });
    if (!input.requestTypeId) errors.push({ field: 'requestTypeId', message: 'is required for Jira Service Management' });
  }
  if (token === 'address_changed') {
    errors.push({
      field: 'apiToken',
      message: 'is required again: the Jira address changed, and a stored token is only sent to the address it was given for',
    });
  } else if (token === 'missing') {
    errors.push({
      field: 'apiToken',
      message: input.flavour === 'data_center' ? 'is required: a personal access token' : 'is required: an API token',
    });
  }
  return errors;
}
