import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { helpRequests, jobs } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { createRequest } from '../requests/create-request.ts';
import { updateRequest } from '../requests/update-request.ts';
import { buildSite, buildUser } from '../test/factories.ts';
import { runDueJobs } from '../test/run-due-jobs.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { queueSlaBackfillIfNeeded, recomputeSlaClocks, SLA_RECOMPUTE_JOB } from './recompute-sla-clocks.ts';
import { saveSlaPolicies } from './save-sla-policies.ts';
import { SLA_CHECK_JOB } from './schedule-sla-check.ts';
import { saveSiteCalendar } from './site-calendars.ts';
import { slaJobHandlers } from './sla-job-handlers.ts';

let t: TestApp;
let site: TSite;
let otherSite: TSite;
let siteAdmin: Actor;
let otherSiteAdmin: Actor;

// Monday 2 March 2026, 09:00 UTC; the sites run on the default calendar (Mon–Fri 08–12, 13–17) in UTC.
const MONDAY_9 = new Date('2026-03-02T09:00:00Z');
const LATER = new Date('2026-03-02T10:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  site = await buildSite(t.db);
  otherSite = await buildSite(t.db);
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  otherSiteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [otherSite.id] });
});
afterAll(() => t?.close());

const logRequest = (actor: Actor, siteId: string, urgency: 'normal' | 'high' | 'low' = 'normal') =>
  createRequest({
    db: t.db,
    actor,
    now: MONDAY_9,
    input: {
      siteId,
      module: 'cp',
      channel: 'phone',
      summary: 'Sync fails on the district tablets',
      description: 'Since this morning.',
      category: 'sync',
      urgency,
      tags: [],
    },
  });
const rowOf = async (id: string) => (await t.db.select().from(helpRequests).where(eq(helpRequests.id, id)))[0];
const iso = (date: Date | null) => date?.toISOString() ?? null;
/** Only the recompute job: the SLA checks its rows queue are another test's business. */
const runRecompute = () => {
  const handler = slaJobHandlers({ db: t.db, config: t.config, now: () => LATER })[SLA_RECOMPUTE_JOB];
  return runDueJobs(t.db, { [SLA_RECOMPUTE_JOB]: handler });
};
const DEFAULT_WEEK = [
  { start: '08:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];

describe('[SLA]: saving a calendar or a policy recomputes the running clocks', () => {
  it('moves the due times of the site’s open requests when a holiday is added, and only theirs', async () => {
    const open = await logRequest(siteAdmin, site.id);
    const resolved = await logRequest(siteAdmin, site.id);
    await updateRequest({
      db: t.db,
      actor: siteAdmin,
      id: resolved.id,
      input: { status: 'resolved', resolutionSummary: 'Reinstalled the app.' },
      now: MONDAY_9,
    });
    const elsewhere = await logRequest(otherSiteAdmin, otherSite.id);
    const resolvedBefore = await rowOf(resolved.id);
    expect(open.firstResponseDueAt).toBe('2026-03-03T09:00:00.000Z');

    await saveSiteCalendar({
      db: t.db,
      siteId: site.id,
      input: { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5], hours: DEFAULT_WEEK, holidays: ['2026-03-03'] },
      now: LATER,
    });
    expect(await runRecompute()).toBe(1);

    const after = await rowOf(open.id);
    // Tuesday is now a holiday: both clocks slip by one working day; the warning, 2 business hours before, is Monday 16:00.
    expect(iso(after.firstResponseDueAt)).toBe('2026-03-04T09:00:00.000Z');
    expect(iso(after.resolutionDueAt)).toBe('2026-03-10T09:00:00.000Z');
    expect(iso(after.slaDueAt)).toBe('2026-03-04T09:00:00.000Z');
    expect(iso(after.slaWarnAt)).toBe('2026-03-02T16:00:00.000Z');
    const checks = await t.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, SLA_CHECK_JOB), eq(jobs.singletonKey, `sla:${open.id}:2026-03-02T16:00:00.000Z`)));
    expect(checks).toHaveLength(1);
    expect(await rowOf(resolved.id)).toEqual(resolvedBefore);
    expect(iso((await rowOf(elsewhere.id)).firstResponseDueAt)).toBe('2026-03-03T09:00:00.000Z');
  });

  it('recomputes the open requests of the saved urgency and level on the new targets', async () => {
    const low = await logRequest(otherSiteAdmin, otherSite.id, 'low');
    const high = await logRequest(otherSiteAdmin, otherSite.id, 'high');
    const highBefore = await rowOf(high.id);
    await saveSlaPolicies({
      db: t.db,
      policies: [
        { urgency: 'low', level: 1, firstResponseMinutes: 60, nextResponseMinutes: 480, resolutionMinutes: 960, warnPercent: 50 },
      ],
      now: LATER,
    });
    await runRecompute();
    const after = await rowOf(low.id);
    expect(iso(after.firstResponseDueAt)).toBe('2026-03-02T10:00:00.000Z');
    expect(iso(after.resolutionDueAt)).toBe('2026-03-04T09:00:00.000Z');
    expect(iso(after.slaDueAt)).toBe('2026-03-02T10:00:00.000Z');
    expect(await rowOf(high.id)).toEqual(highBefore);
  });

  it('works through many requests in batches, each batch queueing the next', async () => {
    const batchSite = await buildSite(t.db);
    const admin = await buildUser(t.db, 'site_admin', { siteIds: [batchSite.id] });
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await logRequest(admin, batchSite.id));
    await t.db.update(helpRequests).set({ slaDueAt: null, slaWarnAt: null }).where(eq(helpRequests.siteId, batchSite.id));

    const first = await recomputeSlaClocks({
      db: t.db,
      scope: { kind: 'site', siteId: batchSite.id },
      afterId: null,
      now: LATER,
      batchSize: 2,
    });
    expect(first).toBe(2);
    const next = await t.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, SLA_RECOMPUTE_JOB), eq(jobs.status, 'queued')));
    expect(next).toHaveLength(1);
    expect(next[0].payload).toMatchObject({ scope: { kind: 'site', siteId: batchSite.id } });
    await runRecompute();
    for (const request of created) expect(iso((await rowOf(request.id)).slaDueAt)).toBe('2026-03-03T09:00:00.000Z');
  });
});

describe('[SLA]: requests from before SLA clocks are backfilled at start-up', () => {
  it('gives open requests without clocks their due times, register columns, pause and next check, once', async () => {
    const backfillSite = await buildSite(t.db);
    const admin = await buildUser(t.db, 'site_admin', { siteIds: [backfillSite.id] });
    const running = await logRequest(admin, backfillSite.id);
    const waiting = await logRequest(admin, backfillSite.id);
    const closed = await logRequest(admin, backfillSite.id);
    // As the rows stood before the SLA migration: wall-clock due times or none, no register columns, no checks.
    const legacy = { slaDueAt: null, slaWarnAt: null, slaPausedAt: null, firstResponseDueAt: null, resolutionDueAt: null };
    await t.db.update(helpRequests).set(legacy).where(eq(helpRequests.id, running.id));
    await t.db
      .update(helpRequests)
      .set({ ...legacy, status: 'waiting_on_reporter' })
      .where(eq(helpRequests.id, waiting.id));
    await t.db
      .update(helpRequests)
      .set({ ...legacy, status: 'closed', closedAt: MONDAY_9 })
      .where(eq(helpRequests.id, closed.id));
    await t.db.delete(jobs).where(eq(jobs.name, SLA_CHECK_JOB));

    expect(await queueSlaBackfillIfNeeded(t.db)).toBe(true);
    await runRecompute();

    const runningAfter = await rowOf(running.id);
    expect(iso(runningAfter.firstResponseDueAt)).toBe('2026-03-03T09:00:00.000Z');
    expect(iso(runningAfter.resolutionDueAt)).toBe('2026-03-09T09:00:00.000Z');
    expect(iso(runningAfter.slaDueAt)).toBe('2026-03-03T09:00:00.000Z');
    const waitingAfter = await rowOf(waiting.id);
    expect(iso(waitingAfter.slaPausedAt)).toBe(LATER.toISOString());
    expect(waitingAfter.slaDueAt).toBeNull();
    expect(iso(waitingAfter.resolutionDueAt)).toBe('2026-03-09T09:00:00.000Z');
    expect((await rowOf(closed.id)).resolutionDueAt).toBeNull();
    const checks = await t.db.select().from(jobs).where(eq(jobs.name, SLA_CHECK_JOB));
    expect(checks.map((job) => job.payload.requestId)).toContain(running.id);

    expect(await queueSlaBackfillIfNeeded(t.db)).toBe(false);
  });
});
