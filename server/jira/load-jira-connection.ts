import { eq } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { DbOrTx } from '../db/client.ts';
import { jiraConnections } from '../db/schema/index.ts';
import { loadSecretKey } from '../mail/secret-key.ts';
import type { JiraTarget } from './jira-target.ts';
import { deriveSecretBoxKey, openSecret } from './secret-box.ts';

export type JiraConnectionRow = typeof jiraConnections.$inferSelect;
export type LoadedJiraConnection = { row: JiraConnectionRow; target: JiraTarget; webhookSecret: string | null };

export async function secretBoxKey(db: DbOrTx, config: Pick<Config, 'secretKey'>) {
  return deriveSecretBoxKey(await loadSecretKey(db, config));
}

/** A team's Jira with its secrets unsealed, or null when the team has none. */
export async function loadJiraConnection(
  db: DbOrTx,
  options: { config: Pick<Config, 'secretKey'>; vendorTeamId: string; timeoutMs: number },
): Promise<LoadedJiraConnection | null> {
  const [row] = await db.select().from(jiraConnections).where(eq(jiraConnections.vendorTeamId, options.vendorTeamId));
  if (!row) return null;
  const key = await secretBoxKey(db, options.config);
  return {
    row,
    target: {
      flavour: row.flavour as JiraTarget['flavour'],
      baseUrl: row.baseUrl,
      authEmail: row.authEmail,
      apiToken: row.apiTokenSealed ? openSecret(key, row.apiTokenSealed) : null,
      timeoutMs: options.timeoutMs,
    },
    webhookSecret: row.webhookSecretSealed ? openSecret(key, row.webhookSecretSealed) : null,
  };
}
