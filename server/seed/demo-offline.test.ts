import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpRequests, timelineEvents } from '../db/schema/index.ts';
import { buildRequest, buildSite, buildUser } from '../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { seedDemoOffline } from './demo-offline.ts';

let handle: TestDatabase;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle?.close());

describe('[SEED]: offline demo data', () => {
  it('marks the site admin’s three latest phone logs as synced from a tablet, one with a conflict, adding no request', async () => {
    const { db } = handle;
    const site = await buildSite(db, { code: 'SLE', name: 'Sierra Leone' });
    const admin = await buildUser(db, 'site_admin', { siteIds: [site.id], email: 'site_admin@demo.test' });
    for (const summary of ['One', 'Two', 'Three', 'Four']) await buildRequest(db, admin, { siteId: site.id, summary });
    await seedDemoOffline({ db });
    const rows = await db.select().from(helpRequests);
    expect(rows).toHaveLength(4);
    const offline = rows.filter((row) => row.source.via === 'offline');
    expect(offline).toHaveLength(3);
    expect(offline.every((row) => row.clientId && row.source.device === 'Chromium on Android')).toBe(true);
    const conflicts = await db.select().from(timelineEvents).where(eq(timelineEvents.type, 'offline_conflict'));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ actorId: admin.id, data: expect.objectContaining({ field: 'urgency' }) });
  });
});
