import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { URGENCIES } from '../../shared/constants.ts';
import type { Database } from '../db/client.ts';
import { helpRequests, timelineEvents, users } from '../db/schema/index.ts';

const SITE_ADMIN = 'site_admin@demo.test';
const DEVICE = 'Chromium on Android';

/**
 * Shows offline sync in the demo: two of the site admin's phone logs become requests synced from
 * a tablet (source `offline`), and on a third one worked online meanwhile, the urgency the admin
 * set offline is recorded as an `offline_conflict` event. No request is added.
 */
export async function seedDemoOffline(options: { db: Database; log?: (line: string) => void }) {
  const { db } = options;
  const [admin] = await db.select().from(users).where(eq(users.email, SITE_ADMIN));
  if (!admin) return;
  const logged = await db
    .select()
    .from(helpRequests)
    .where(
      and(
        eq(helpRequests.createdById, admin.id),
        isNull(helpRequests.clientId),
        inArray(helpRequests.channel, ['phone', 'walk_in']),
      ),
    )
    .orderBy(desc(helpRequests.createdAt))
    .limit(3);
  if (logged.length < 3) return;
  options.log?.('Seeding demo data: requests synced from an offline tablet…');
  for (const request of logged) {
    await db
      .update(helpRequests)
      .set({ source: { via: 'offline', device: DEVICE }, clientId: randomUUID() })
      .where(eq(helpRequests.id, request.id));
  }
  const conflicted = logged[2];
  const [last] = await db
    .select({ createdAt: timelineEvents.createdAt })
    .from(timelineEvents)
    .where(eq(timelineEvents.requestId, conflicted.id))
    .orderBy(desc(timelineEvents.id))
    .limit(1);
  const offlineValue = URGENCIES.find((urgency) => urgency !== conflicted.urgency) ?? 'low';
  const at = new Date((last?.createdAt ?? conflicted.createdAt).getTime() + 60_000);
  await db.insert(timelineEvents).values({
    requestId: conflicted.id,
    type: 'offline_conflict',
    actorId: admin.id,
    clientId: randomUUID(),
    data: {
      field: 'urgency',
      serverValue: conflicted.urgency,
      offlineValue,
      baseUpdatedAt: conflicted.createdAt.toISOString(),
      device: DEVICE,
    },
    createdAt: at,
  });
}
