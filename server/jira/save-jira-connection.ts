import { eq } from 'drizzle-orm';
import { type TJiraConnection, type TJiraConnectionInput, ZJiraConnectionInput } from '../../shared/jira-schemas.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { jiraConnections, vendorTeams } from '../db/schema/index.ts';
import { AppError, notFound } from '../errors.ts';
import { connectionProblems, tokenState } from './connection-problems.ts';
import { secretBoxKey } from './load-jira-connection.ts';
import { presentJiraConnection } from './present-jira-connection.ts';
import { scheduleJiraPoll } from './schedule-jira-poll.ts';
import { sealSecret } from './secret-box.ts';

/** Creates or replaces a team's Jira connection; secrets sent are sealed, secrets omitted are kept. */
export async function saveJiraConnection(options: {
  db: Database;
  config: Pick<Config, 'secretKey'>;
  vendorTeamId: string;
  input: TJiraConnectionInput;
  now?: Date;
}): Promise<TJiraConnection> {
  const { db, vendorTeamId } = options;
  const input = ZJiraConnectionInput.parse(options.input);
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [team] = await tx.select({ id: vendorTeams.id }).from(vendorTeams).where(eq(vendorTeams.id, vendorTeamId));
    if (!team) throw notFound('No such vendor team');
    const [existing] = await tx
      .select()
      .from(jiraConnections)
      .where(eq(jiraConnections.vendorTeamId, vendorTeamId))
      .for('update');
    const errors = connectionProblems(input, tokenState(input, existing));
    if (errors.length > 0) throw new AppError('invalid', 'The Jira connection is incomplete', { errors });
    const key = await secretBoxKey(tx, options.config);
    const webhookSecretSealed = input.clearWebhookSecret
      ? null
      : input.webhookSecret
        ? sealSecret(key, input.webhookSecret)
        : (existing?.webhookSecretSealed ?? null);
    const values = {
      flavour: input.flavour,
      baseUrl: input.baseUrl,
      authEmail: input.authEmail,
      apiTokenSealed: input.apiToken ? sealSecret(key, input.apiToken) : (existing?.apiTokenSealed ?? null),
      webhookSecretSealed,
      projectKey: input.projectKey,
      issueType: input.issueType,
      serviceDeskId: input.serviceDeskId,
      requestTypeId: input.requestTypeId,
      fieldMapping: input.fieldMapping,
      statusMapping: input.statusMapping,
      isSendingPublicComments: input.isSendingPublicComments,
      isEnabled: input.isEnabled,
      updatedAt: now,
    };
    const [row] = existing
      ? await tx.update(jiraConnections).set(values).where(eq(jiraConnections.vendorTeamId, vendorTeamId)).returning()
      : await tx
          .insert(jiraConnections)
          .values({ ...values, vendorTeamId, lastSyncAt: now, createdAt: now })
          .returning();
    await tx.update(vendorTeams).set({ jiraProjectKey: input.projectKey }).where(eq(vendorTeams.id, vendorTeamId));
    if (input.isEnabled) await scheduleJiraPoll(tx, { vendorTeamId, runAt: now });
    return presentJiraConnection(row);
  });
}
