import { eq } from 'drizzle-orm';
import { type TJiraConnectionInput, ZJiraConnectionInput } from '../../shared/jira-schemas.ts';
import type { Config } from '../config.ts';
import type { DbOrTx } from '../db/client.ts';
import { jiraConnections, vendorTeams } from '../db/schema/index.ts';
import { AppError, notFound } from '../errors.ts';
import { connectionProblems, tokenState } from './connection-problems.ts';
import type { JiraTarget } from './jira-target.ts';
import { type JiraConnectionRow, secretBoxKey } from './load-jira-connection.ts';
import { openSecret } from './secret-box.ts';

/** What the checks of "Test connection" read, from saved settings or from the form's draft. */
export type JiraSettings = Pick<
  JiraConnectionRow,
  'flavour' | 'projectKey' | 'issueType' | 'fieldMapping' | 'serviceDeskId' | 'requestTypeId'
>;

/**
 * Settings an admin has typed but not saved, ready to test: a token left empty is the stored one,
 * and only while the address is the one it was stored for. Incomplete settings are refused field by field.
 */
export async function loadDraftConnection(
  db: DbOrTx,
  options: { config: Pick<Config, 'secretKey'>; vendorTeamId: string; draft: TJiraConnectionInput; timeoutMs: number },
): Promise<{ settings: JiraSettings; target: JiraTarget }> {
  const input = ZJiraConnectionInput.parse(options.draft);
  const [team] = await db.select({ id: vendorTeams.id }).from(vendorTeams).where(eq(vendorTeams.id, options.vendorTeamId));
  if (!team) throw notFound('No such vendor team');
  const [existing] = await db.select().from(jiraConnections).where(eq(jiraConnections.vendorTeamId, options.vendorTeamId));
  const token = tokenState(input, existing);
  const errors = connectionProblems(input, token);
  if (errors.length > 0) throw new AppError('invalid', 'The Jira connection is incomplete', { errors });
  const storedToken =
    token === 'stored' && existing?.apiTokenSealed
      ? openSecret(await secretBoxKey(db, options.config), existing.apiTokenSealed)
      : null;
  return {
    settings: {
      flavour: input.flavour,
      projectKey: input.projectKey,
      issueType: input.issueType,
      fieldMapping: input.fieldMapping,
      serviceDeskId: input.serviceDeskId,
      requestTypeId: input.requestTypeId,
    },
    target: {
      flavour: input.flavour,
      baseUrl: input.baseUrl,
      authEmail: input.authEmail,
      apiToken: input.apiToken ?? storedToken,
      timeoutMs: options.timeoutMs,
    },
  };
}
