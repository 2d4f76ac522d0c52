import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, vendorTeams } from '../db/schema/index.ts';
import type { RequestForMail } from './request-recipients.ts';

export type RequestMailFacts = RequestForMail & {
  id: string;
  reference: string;
  summary: string;
  assigneeId: string | null;
  vendorTeamName: string | null;
};

/** The request as it is now, inside the transaction that changed it. */
export async function loadRequestForMail(db: DbOrTx, requestId: string): Promise<RequestMailFacts | null> {
  const [row] = await db
    .select({
      id: helpRequests.id,
      reference: helpRequests.reference,
      summary: helpRequests.summary,
      siteId: helpRequests.siteId,
      status: helpRequests.status,
      module: helpRequests.module,
      level: helpRequests.level,
      reporterId: helpRequests.reporterId,
      assigneeId: helpRequests.assigneeId,
      reporterContact: helpRequests.reporterContact,
      language: helpRequests.language,
      vendorTeamId: helpRequests.vendorTeamId,
      vendorTeamName: vendorTeams.name,
    })
    .from(helpRequests)
    .leftJoin(vendorTeams, eq(vendorTeams.id, helpRequests.vendorTeamId))
    .where(eq(helpRequests.id, requestId));
  return row ?? null;
}
