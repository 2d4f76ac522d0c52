import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, CHANNELS, LEVELS, STATUSES, URGENCIES } from '../../shared/constants.ts';
import { verifyPassword } from '../auth/passwords.ts';
import type { Database } from '../db/client.ts';
import {
  deferralProposals,
  helpRequests,
  releases,
  requestReleases,
  sites,
  timelineEvents,
  users,
  vendorRoutes,
} from '../db/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { DEMO_ACCOUNTS, isDatabaseEmpty, seedDemo } from './seed-demo.ts';

const PASSWORD = 'test-password-1';
const REQUESTS = 60;

let handle: TestDatabase;
let db: Database;
let emptyBefore: boolean;
const lines: string[] = [];

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  emptyBefore = await isDatabaseEmpty(db);
  await seedDemo({ db, password: PASSWORD, requestCount: REQUESTS, log: (line) => lines.push(line) });
});
afterAll(() => handle?.close());

const allRequests = () => db.select().from(helpRequests);

describe('[SEED]: demo data', () => {
  it('goes into an empty database, after which the database is no longer empty', async () => {
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(db)).toBe(false);
    expect(lines[0]).toMatch(/^Seeding demo data/);
    expect(lines.some((line) => line.includes(`requests ${REQUESTS}/${REQUESTS}`))).toBe(true);
  });

  it('refuses to seed a second time instead of half-failing', async () => {
    await expect(seedDemo({ db, password: PASSWORD, requestCount: 1 })).rejects.toThrow(/empty database/);
    expect(await db.select().from(helpRequests)).toHaveLength(REQUESTS);
  });

  it('creates the eight advertised accounts with their roles, scopes and the given password', async () => {
    const rows = await db.select().from(users);
    const byEmail = new Map(rows.map((row) => [row.email, row]));
    const siteRows = await db.select().from(sites);
    const codeOf = new Map(siteRows.map((site) => [site.id, site.code]));
    const codes = (email: string) => (byEmail.get(email)?.siteIds ?? []).map((id) => codeOf.get(id)).sort();
    const expected = {
      'admin@demo.test': 'admin',
      'help_desk@demo.test': 'help_desk',
      'coordinator@demo.test': 'coordinator',
      'module_coordinator@demo.test': 'module_coordinator',
      'vendor@demo.test': 'vendor',
      'site_admin@demo.test': 'site_admin',
      'site_admin2@demo.test': 'site_admin',
      'reporter@demo.test': 'reporter',
    };
    expect(Object.fromEntries(DEMO_ACCOUNTS.map((account) => [account.email, account.role]))).toEqual(expected);
    for (const [email, role] of Object.entries(expected)) expect(byEmail.get(email)?.role, email).toBe(role);
    expect(codes('coordinator@demo.test')).toEqual(['COD', 'MOZ', 'SLE']);
    expect(byEmail.get('coordinator@demo.test')?.modules).toEqual([]);
    expect(byEmail.get('module_coordinator@demo.test')?.modules).toEqual(['cp']);
    expect(codes('site_admin@demo.test')).toEqual(['SLE']);
    expect(codes('site_admin2@demo.test')).toEqual(['JOR']);
    expect(codes('reporter@demo.test')).toEqual(['SLE']);
    expect(codes('help_desk@demo.test')).toHaveLength(siteRows.length);
    expect(byEmail.get('vendor@demo.test')?.vendorTeamId).toBeTruthy();
    const admin = byEmail.get('admin@demo.test');
    expect(admin && (await verifyPassword(admin.passwordHash, PASSWORD))).toBe(true);
  });

  it('creates at least five sites in different languages, and routes every module to a vendor team', async () => {
    const siteRows = await db.select().from(sites);
    expect(siteRows.length).toBeGreaterThanOrEqual(5);
    expect(siteRows.map((site) => site.code)).toEqual(expect.arrayContaining(['SLE', 'JOR', 'COD', 'COL', 'MOZ']));
    expect(new Set(siteRows.map((site) => site.languages[0])).size).toBeGreaterThanOrEqual(5);
    for (const site of siteRows) {
      expect(site.code).toMatch(/^[A-Z]{2,5}$/);
      expect(site.instanceUrl).toMatch(/^https:\/\/[a-z0-9.-]+\.example\.org$/);
    }
    const routes = await db.select().from(vendorRoutes);
    expect(routes.map((route) => route.module).sort()).toEqual(['cp', 'gbv', 'mrm']);
  });

  it('creates the requested number of requests, covering every status, level, channel and urgency', async () => {
    const rows = await allRequests();
    expect(rows).toHaveLength(REQUESTS);
    const present = (key: 'status' | 'level' | 'channel' | 'urgency') => new Set(rows.map((row) => row[key]));
    // Deferred requests come from the demo releases' consultations, after the stories.
    expect([...present('status')].sort()).toEqual([...STATUSES].sort());
    expect([...present('level')].sort()).toEqual([...LEVELS]);
    expect([...present('channel')].sort()).toEqual([...CHANNELS].sort());
    expect([...present('urgency')].sort()).toEqual([...URGENCIES].sort());
    for (const row of rows) expect(CATEGORIES).toContain(row.category);
    const share = (level: number) => rows.filter((row) => row.level === level).length / rows.length;
    expect(share(1)).toBeCloseTo(0.5, 1);
    expect(share(2)).toBeCloseTo(0.3, 1);
    expect(share(3)).toBeCloseTo(0.2, 1);
  });

  it('gives unique site references of the form SLE-0001, numbered in order of creation', async () => {
    const rows = await allRequests();
    const siteRows = await db.select().from(sites);
    const codeOf = new Map(siteRows.map((site) => [site.id, site.code]));
    expect(new Set(rows.map((row) => row.reference)).size).toBe(rows.length);
    for (const row of rows) {
      expect(row.reference).toMatch(/^[A-Z]{2,5}-\d{4}$/);
      expect(row.reference).toBe(`${codeOf.get(row.siteId)}-${String(row.number).padStart(4, '0')}`);
    }
    const sle = rows.filter((row) => row.reference.startsWith('SLE-')).sort((a, b) => a.number - b.number);
    expect(sle[0]?.reference).toBe('SLE-0001');
    for (let i = 1; i < sle.length; i++) expect(sle[i].createdAt.getTime()).toBeGreaterThan(sle[i - 1].createdAt.getTime());
  });

  it('spreads history over the last ~120 days, with nothing in the future', async () => {
    const rows = await allRequests();
    const now = Date.now();
    const days = (date: Date) => (now - date.getTime()) / 86_400_000;
    expect(Math.max(...rows.map((row) => days(row.createdAt)))).toBeGreaterThan(100);
    expect(Math.max(...rows.map((row) => days(row.createdAt)))).toBeLessThanOrEqual(121);
    for (const row of rows) {
      expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(row.createdAt.getTime());
      expect(row.updatedAt.getTime()).toBeLessThanOrEqual(now);
    }
  });

  it('starts every timeline with a created event, and records every status change in it', async () => {
    const events = await db.select().from(timelineEvents).orderBy(asc(timelineEvents.id));
    const byRequest = new Map<string, typeof events>();
    for (const event of events) byRequest.set(event.requestId, [...(byRequest.get(event.requestId) ?? []), event]);
    const rows = await allRequests();
    for (const row of rows) {
      const timeline = byRequest.get(row.id) ?? [];
      expect(timeline[0]?.type, row.reference).toBe('created');
      expect(timeline.filter((event) => event.type === 'created')).toHaveLength(1);
      if (row.status !== 'new') expect(timeline.length, row.reference).toBeGreaterThan(1);
      if (row.level > 1)
        expect(
          timeline.some((event) => event.type === 'escalated'),
          row.reference,
        ).toBe(true);
    }
    expect(events.some((event) => event.type === 'internal_note')).toBe(true);
    expect(events.some((event) => event.type === 'comment')).toBe(true);
  });

  it('gives level-3 requests a vendor team, an l3 state and a complete dossier; some were resolved back at level 2', async () => {
    const rows = await allRequests();
    const levelThree = rows.filter((row) => row.level === 3);
    expect(levelThree.length).toBeGreaterThan(0);
    for (const row of levelThree) {
      expect(row.vendorTeamId, row.reference).toBeTruthy();
      expect(row.l3State, row.reference).toBeTruthy();
      expect(row.dossier?.siteId).toBe(row.siteId);
      expect(row.dossier?.instanceUrl).toMatch(/^https?:\/\//);
      expect(row.dossier?.noScreenshotReason).toBeTruthy();
    }
    expect(new Set(levelThree.map((row) => row.l3State)).size).toBeGreaterThanOrEqual(4);
    expect(levelThree.some((row) => row.fixVersion && row.codeChangeUrl)).toBe(true);
    const resolvedBackAtLevelTwo = rows.filter(
      (row) => row.level === 2 && row.dossier && (row.status === 'resolved' || row.status === 'closed'),
    );
    expect(resolvedBackAtLevelTwo.length).toBeGreaterThan(0);
    for (const row of resolvedBackAtLevelTwo) expect(row.vendorTeamId).toBeNull();
  });

  it('plans demo releases with fixes, a deferral backlog and a proposal waiting for the module coordinator', async () => {
    const rows = await db.select().from(releases);
    expect(rows.map((row) => `${row.module} ${row.version} ${row.status}`).sort()).toEqual([
      'cp v2.11.4 shipped',
      'cp v2.11.5 in_testing',
      'cp v2.12.0 planned',
      'gbv v2.10.3 planned',
    ]);
    const links = await db.select().from(requestReleases);
    expect(links.some((link) => link.via === 'fix')).toBe(true);
    const deferred = links.filter((link) => link.via === 'deferral');
    expect(deferred.length).toBeGreaterThanOrEqual(1);
    const proposals = await db.select().from(deferralProposals);
    expect(proposals.filter((p) => p.status === 'approved')).toHaveLength(deferred.length);
    expect(proposals.filter((p) => p.status === 'pending').length).toBeLessThanOrEqual(1);
    const requests = await allRequests();
    for (const link of deferred) expect(requests.find((r) => r.id === link.requestId)?.status).toBe('deferred');
  });

  it('is deterministic: the same stories on every run', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemo({ db: other.db, password: PASSWORD, requestCount: REQUESTS });
      const digest = async (target: Database) =>
        (await target.select().from(helpRequests).orderBy(asc(helpRequests.reference))).map((row) =>
          [row.reference, row.status, row.level, row.channel, row.urgency, row.summary].join('|'),
        );
      expect(await digest(other.db)).toEqual(await digest(db));
    } finally {
      await other.close();
    }
  }, 180_000);
});
