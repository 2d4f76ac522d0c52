import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { helpRequests, releases } from '../db/schema/index.ts';

let counter = 0;

/** A release row straight in the database, for tests that are not about creating one. */
export async function buildRelease(
  db: Database,
  overrides: Partial<typeof releases.$inferInsert> = {},
): Promise<typeof releases.$inferSelect> {
  counter += 1;
  const [row] = await db
    .insert(releases)
    .values({ version: `v2.${20 + counter}.0`, module: 'cp', plannedDate: '2026-12-15', status: 'planned', ...overrides })
    .returning();
  return row;
}

/** Puts a request at level 3 with its vendor team, as an escalation would (the escalation itself is tested elsewhere). */
export async function moveToLevelThree(db: Database, requestId: string, vendorTeamId: string) {
  await db
    .update(helpRequests)
    .set({ level: 3, status: 'escalated', vendorTeamId, l3State: 'in_progress' })
    .where(eq(helpRequests.id, requestId));
}
