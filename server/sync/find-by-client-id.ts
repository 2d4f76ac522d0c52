import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { helpRequests, timelineEvents } from '../db/schema/index.ts';

/** The request an offline client created under `clientId`, if it reached the server. */
export async function findRequestByClientId(db: DbOrTx, clientId: string) {
  const [row] = await db
    .select({ id: helpRequests.id, createdById: helpRequests.createdById })
    .from(helpRequests)
    .where(eq(helpRequests.clientId, clientId));
  return row ?? null;
}

/** The timeline event an offline comment or change recorded under `clientId`, if any. */
export async function findEventByClientId(db: DbOrTx, clientId: string) {
  const [row] = await db.select().from(timelineEvents).where(eq(timelineEvents.clientId, clientId));
  return row ?? null;
}

/** A request id, or the client id of a request logged offline: the server id either way. */
export async function resolveRequestRef(db: DbOrTx, ref: string): Promise<string> {
  if (!UUID.test(ref)) return ref;
  return (await findRequestByClientId(db, ref))?.id ?? ref;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `error` is PostgreSQL's unique violation (23505), as PGlite and node-postgres report it, wrapped or not. */
export function isUniqueViolation(error: unknown): boolean {
  for (let current = error; current && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
