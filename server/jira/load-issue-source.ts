import { eq } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, sites } from '../db/schema/index.ts';
import { appBaseUrl } from '../mail/mail-settings.ts';
import type { IssueSource } from './issue-source.ts';

/** The request as an issue source, with the screenshots its dossier names. */
export async function loadIssueSource(db: DbOrTx, config: Pick<Config, 'publicUrl' | 'port'>, requestId: string) {
  const [row] = await db
    .select({ request: helpRequests, siteCode: sites.code, siteName: sites.name })
    .from(helpRequests)
    .innerJoin(sites, eq(sites.id, helpRequests.siteId))
    .where(eq(helpRequests.id, requestId));
  if (!row) return null;
  const { request } = row;
  const source: IssueSource = {
    reference: request.reference,
    summary: request.summary,
    module: request.module,
    urgency: request.urgency,
    siteCode: row.siteCode,
    siteName: row.siteName,
    description: request.description,
    dossier: request.dossier,
    requestUrl: `${appBaseUrl(config)}/requests/${request.reference}`,
  };
  return { source, screenshotIds: request.dossier?.screenshotAttachmentIds ?? [] };
}
