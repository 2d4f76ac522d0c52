import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { THelpRequestSummary, TSite } from '../../shared/schemas.ts';
import { helpRequests } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, TEST_PASSWORD } from '../test/factories.ts';
import { createMailTestApp, type MailTestApp } from '../test/mail-test-app.ts';
import { parseMime } from '../test/parse-mime.ts';
import type { TestClient } from '../test/test-app.ts';

let t: MailTestApp;
let site: TSite;
let otherSite: TSite;
let siteAdmin: Actor;
let onDutyHelpDesk: Actor;
let offDutyHelpDesk: Actor;
let onDutyCoordinator: Actor;
let otherSiteCoordinator: Actor;
let admin: Actor;

beforeAll(async () => {
  t = await createMailTestApp();
  site = await buildSite(t.db, { timeZone: 'Africa/Nairobi' });
  otherSite = await buildSite(t.db);
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  onDutyHelpDesk = await buildUser(t.db, 'help_desk', { locale: 'fr' });
  offDutyHelpDesk = await buildUser(t.db, 'help_desk');
  onDutyCoordinator = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
  otherSiteCoordinator = await buildUser(t.db, 'coordinator', { siteIds: [otherSite.id] });
  admin = await buildUser(t.db, 'admin');
});
afterAll(() => t?.close());

// Signing in hashes a password; each person signs in once and keeps their client.
const clients = new Map<string, Promise<TestClient>>();
const login = (user: Actor) => {
  let client = clients.get(user.id);
  if (!client) {
    client = t.login(user.email, TEST_PASSWORD);
    clients.set(user.id, client);
  }
  return client;
};
const pinnedOf = async (user: Actor) =>
  ((await (await login(user)).get('/api/requests')).json().pinned as THelpRequestSummary[]).map((r) => r.reference);

describe('[SLA]: critical paging', () => {
  it('pages the level-2 people on duty by e-mail at once, pins the request for level 2 until one acknowledges it', async () => {
    for (const user of [onDutyHelpDesk, onDutyCoordinator, otherSiteCoordinator]) {
      const response = await (await login(user)).put('/api/me/on-duty', { isOnDuty: true });
      expect(response.statusCode).toBe(200);
      expect(response.json().isOnDuty).toBe(true);
    }
    const logger = await login(siteAdmin);
    const created = await logger.post('/api/requests', {
      siteId: site.id,
      module: 'cp',
      channel: 'phone',
      summary: 'Nobody can log in at the district office',
      description: 'Work has stopped.',
      category: 'access',
      urgency: 'critical',
    });
    expect(created.statusCode).toBe(201);
    const request = created.json();
    expect(request.isCriticalPending).toBe(true);

    await t.runMailJobs();
    const pages = t.sink.received.filter((mail) => parseMime(mail.raw).headers.get('subject')?.includes(request.reference));
    expect(pages.flatMap((mail) => mail.to).sort()).toEqual([onDutyCoordinator.email, onDutyHelpDesk.email].sort());
    const french = parseMime(pages.find((mail) => mail.to.includes(onDutyHelpDesk.email))?.raw ?? '');
    expect(french.headers.get('subject')).toBe(
      `[${request.reference}] CRITIQUE, travail bloqué : Nobody can log in at the district office`,
    );

    // The in-app page is served with its message key, so the bell shows it in the reader's language.
    const inApp = (await (await login(onDutyHelpDesk)).get('/api/notifications')).json().items;
    expect(inApp.find((item: { type: string }) => item.type === 'critical_page')).toMatchObject({
      messageKey: 'sla.notifications.critical_page',
      messageParams: { reference: request.reference, summary: 'Nobody can log in at the district office' },
    });
    expect(await pinnedOf(onDutyHelpDesk)).toContain(request.reference);
    expect(await pinnedOf(offDutyHelpDesk), 'pinned for level 2, on duty or not').toContain(request.reference);
    expect(await pinnedOf(otherSiteCoordinator), 'out of scope').not.toContain(request.reference);
    expect(await pinnedOf(siteAdmin)).toEqual([]);

    expect((await logger.post(`/api/requests/${request.id}/acknowledge`)).statusCode, 'site admins do not acknowledge').toBe(403);
    const coordinatorClient = await login(onDutyCoordinator);
    const acknowledged = await coordinatorClient.post(`/api/requests/${request.id}/acknowledge`);
    expect(acknowledged.statusCode).toBe(200);
    expect(acknowledged.json().isCriticalPending).toBe(false);
    expect((await coordinatorClient.post(`/api/requests/${request.id}/acknowledge`)).statusCode).toBe(409);
    expect(await pinnedOf(onDutyHelpDesk)).not.toContain(request.reference);

    const timeline = (await coordinatorClient.get(`/api/requests/${request.id}/timeline`)).json().events;
    const types = timeline.map((event: { type: string }) => event.type);
    expect(types).toContain('critical_paged');
    const ack = timeline.find((event: { type: string }) => event.type === 'critical_acknowledged');
    expect(ack.actorName).toBe(onDutyCoordinator.name);
    const sla = (await coordinatorClient.get(`/api/requests/${request.id}/sla`)).json();
    expect(sla).toMatchObject({ isCriticalPending: false, criticalAcknowledgedByName: onDutyCoordinator.name });
    expect(sla.clocks.map((clock: { clock: string }) => clock.clock)).toEqual(['first_response', 'resolution']);
  });

  it('pages again when a request is raised to critical', async () => {
    const request = await buildRequest(t.db, siteAdmin, { siteId: site.id, urgency: 'high' });
    t.sink.received.length = 0;
    const response = await (await login(onDutyCoordinator)).patch(`/api/requests/${request.id}`, { urgency: 'critical' });
    expect(response.json().isCriticalPending).toBe(true);
    await t.runMailJobs();
    // The coordinator raised it, so only the help desk on duty is paged.
    expect(t.sink.received.flatMap((mail) => mail.to)).toEqual([onDutyHelpDesk.email]);
  });
});

describe('[SLA]: admin APIs and the register', () => {
  it('lets only admins change policies and calendars, and names the bad field', async () => {
    const policies = (await (await login(siteAdmin)).get('/api/sla/policies')).json().policies;
    expect(policies).toHaveLength(12);
    const policy = { ...policies[0], firstResponseMinutes: 30 };
    for (const user of [siteAdmin, onDutyCoordinator, onDutyHelpDesk]) {
      expect((await (await login(user)).put('/api/sla/policies', { policies: [policy] })).statusCode).toBe(403);
      expect((await (await login(user)).put(`/api/sites/${site.id}/calendar`, {})).statusCode).toBe(403);
    }
    const adminClient = await login(admin);
    const saved = await adminClient.put('/api/sla/policies', { policies: [policy] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().policies[0].firstResponseMinutes).toBe(30);
    const bad = await adminClient.put('/api/sla/policies', { policies: [{ ...policy, warnPercent: 150 }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('policies.0.warnPercent');

    const calendar = {
      timeZone: 'Africa/Nairobi',
      workingDays: [1, 2, 3, 4, 5],
      hours: [
        { start: '13:00', end: '17:00' },
        { start: '08:00', end: '12:00' },
      ],
      holidays: ['2026-12-25'],
    };
    const put = await adminClient.put(`/api/sites/${site.id}/calendar`, calendar);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      isCustom: true,
      hours: [{ start: '08:00' }, { start: '13:00' }],
      holidays: ['2026-12-25'],
    });
    const badZone = await adminClient.put(`/api/sites/${site.id}/calendar`, { ...calendar, timeZone: 'Mars/Olympus' });
    expect(badZone.statusCode).toBe(422);
    expect(badZone.json().errors).toEqual([{ field: 'timeZone', message: 'is not an IANA time zone such as Africa/Nairobi' }]);
    const overlap = await adminClient.put(`/api/sites/${site.id}/calendar`, {
      ...calendar,
      hours: [
        { start: '08:00', end: '14:00' },
        { start: '13:00', end: '17:00' },
      ],
    });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().errors[0].field).toBe('hours.1.start');
    const list = (await adminClient.get('/api/sla/calendars')).json();
    expect(list.find((entry: { siteId: string }) => entry.siteId === otherSite.id)).toMatchObject({
      isCustom: false,
      workingDays: [1, 2, 3, 4, 5],
    });
  });

  it('keeps the on-duty flag to coordinators and the help desk', async () => {
    expect((await (await login(siteAdmin)).put('/api/me/on-duty', { isOnDuty: true })).statusCode).toBe(403);
    const reporter = await buildUser(t.db, 'reporter');
    const refused = await (await login(admin)).patch(`/api/users/${reporter.id}`, { isOnDuty: true });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].field).toBe('isOnDuty');
    const set = await (await login(admin)).patch(`/api/users/${offDutyHelpDesk.id}`, { isOnDuty: true });
    expect(set.json().isOnDuty).toBe(true);
  });

  it('filters the register by breached and breaching soon, sorts by due time, and reports met and breached', async () => {
    const overdue = await buildRequest(t.db, admin, { siteId: otherSite.id, summary: 'Overdue one' });
    const soon = await buildRequest(t.db, admin, { siteId: otherSite.id, summary: 'Soon one' });
    const later = await buildRequest(t.db, admin, { siteId: otherSite.id, summary: 'Later one' });
    const now = Date.now();
    const set = (id: string, dueIn: number, warnIn: number) =>
      t.db
        .update(helpRequests)
        .set({ slaDueAt: new Date(now + dueIn), slaWarnAt: new Date(now + warnIn) })
        .where(eq(helpRequests.id, id));
    await set(overdue.id, -3_600_000, -7_200_000);
    await set(soon.id, 3_600_000, -60_000);
    await set(later.id, 86_400_000, 3_600_000);
    const client = await login(admin);
    const refs = async (query: string) =>
      ((await client.get(`/api/requests?siteId=${otherSite.id}&${query}`)).json().items as THelpRequestSummary[]).map(
        (r) => r.summary,
      );
    expect(await refs('sla=breached')).toEqual(['Overdue one']);
    expect(await refs('sla=breaching_soon')).toEqual(['Soon one']);
    expect(await refs('sort=due&order=asc')).toEqual(['Overdue one', 'Soon one', 'Later one']);
    const page = (await client.get(`/api/requests?siteId=${otherSite.id}&sort=due&order=asc&limit=1`)).json();
    const next = (
      await client.get(`/api/requests?siteId=${otherSite.id}&sort=due&order=asc&limit=5&cursor=${page.nextCursor}`)
    ).json();
    expect(next.items.map((r: THelpRequestSummary) => r.summary)).toEqual(['Soon one', 'Later one']);

    expect((await (await login(siteAdmin)).get('/api/sla/report')).statusCode).toBe(403);
    const report = await client.get('/api/sla/report');
    expect(report.statusCode).toBe(200);
    expect(Array.isArray(report.json().rows)).toBe(true);
  });
});
