import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TImportValues } from '../../shared/register-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests } from '../db/schema/index.ts';
import type { ExistingRequest } from './plan-import-row.ts';

const BATCH = 1000;

export const rowKey = (siteId: string, rowId: string) => `${siteId}\u0000${rowId}`;

/** The requests rows name, by reference and by (site, Row ID) of an earlier import; in batches. */
export async function findExistingRequests(db: DbOrTx, rows: TImportValues[]) {
  const byReference = new Map<string, ExistingRequest>();
  const byRowKey = new Map<string, ExistingRequest>();
  const references = [...new Set(rows.flatMap((row) => (row.reference ? [row.reference] : [])))];
  for (let start = 0; start < references.length; start += BATCH) {
    const found = await db
      .select()
      .from(helpRequests)
      .where(inArray(helpRequests.reference, references.slice(start, start + BATCH)));
    for (const request of found) byReference.set(request.reference, request);
  }
  const rowIdsBySite = new Map<string, string[]>();
  for (const row of rows) {
    if (row.reference || !row.rowId) continue;
    const list = rowIdsBySite.get(row.siteId) ?? [];
    list.push(row.rowId);
    rowIdsBySite.set(row.siteId, list);
  }
  for (const [siteId, rowIds] of rowIdsBySite) {
    for (let start = 0; start < rowIds.length; start += BATCH) {
      const found = await db
        .select()
        .from(helpRequests)
        .where(
          and(
            eq(helpRequests.siteId, siteId),
            sql`${helpRequests.source} ->> 'via' = 'spreadsheet'`,
            inArray(sql`${helpRequests.source} ->> 'rowId'`, rowIds.slice(start, start + BATCH)),
          ),
        );
      for (const request of found) byRowKey.set(rowKey(siteId, request.source.rowId ?? ''), request);
    }
  }
  return { byReference, byRowKey };
}
