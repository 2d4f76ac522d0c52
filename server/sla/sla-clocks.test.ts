import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { helpRequests, jobs, notifications, outboundEmails, slaAlerts } from '../db/schema/index.ts';
import { escalateRequest } from '../escalation/escalate-request.ts';
import type { JobRow } from '../jobs/job-worker.ts';
import type { Actor } from '../policies/actor.ts';
import { addComment } from '../requests/add-comment.ts';
import { createRequest } from '../requests/create-request.ts';
import { updateRequest } from '../requests/update-request.ts';
import { buildSite, buildUser } from '../test/factories.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { checkRequestSla } from './check-request-sla.ts';
import { SLA_CHECK_JOB } from './schedule-sla-check.ts';
import { slaJobHandlers } from './sla-job-handlers.ts';

let t: TestApp;
let site: TSite;
let otherSite: TSite;
let siteAdmin: Actor;
let secondSiteAdmin: Actor;
let otherSiteAdmin: Actor;
let coordinator: Actor;
let otherCoordinator: Actor;
let helpDesk: Actor;
let admin: Actor;
let reporter: Actor;

// Monday 2 March 2026, 09:00 UTC; the sites run on the default calendar (Mon–Fri 08–12, 13–17) in UTC.
const MONDAY_9 = new Date('2026-03-02T09:00:00Z');
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  t = await createTestApp();
  site = await buildSite(t.db);
  otherSite = await buildSite(t.db);
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  secondSiteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  otherSiteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [otherSite.id] });
  coordinator = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
  otherCoordinator = await buildUser(t.db, 'coordinator', { siteIds: [otherSite.id] });
  helpDesk = await buildUser(t.db, 'help_desk');
  admin = await buildUser(t.db, 'admin');
  reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
});
afterAll(() => t?.close());

const logRequest = (now: Date, urgency: 'normal' | 'high' = 'normal') =>
  createRequest({
    db: t.db,
    actor: siteAdmin,
    now,
    input: {
      siteId: site.id,
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
const notifiedIds = async (requestId: string, kind: string) => {
  const rows = await t.db.select().from(notifications).where(eq(notifications.type, 'sla_alert'));
  return rows
    .filter((row) => row.data.requestId === requestId && row.data.kind === kind)
    .map((row) => row.userId)
    .sort();
};
const ids = (...actors: Actor[]) => actors.map((actor) => actor.id).sort();

describe('[SLA]: clocks on the site calendar', () => {
  it('sets due times in business hours and queues the first check at the warning share', async () => {
    const request = await logRequest(MONDAY_9);
    // Normal: first response 8 business hours, resolution 5 business days.
    expect(request.firstResponseDueAt).toBe('2026-03-03T09:00:00.000Z');
    expect(request.resolutionDueAt).toBe('2026-03-09T09:00:00.000Z');
    // 75 % of 8 h: the warning is 2 business hours before the due time, Monday 16:00.
    expect(request.slaDueAt).toBe('2026-03-03T09:00:00.000Z');
    expect(request.slaWarnAt).toBe('2026-03-02T16:00:00.000Z');
    const queued = await t.db.select().from(jobs).where(eq(jobs.name, SLA_CHECK_JOB));
    expect(queued.filter((job) => job.payload.requestId === request.id).map((job) => job.runAt.toISOString())).toEqual([
      '2026-03-02T16:00:00.000Z',
    ]);
  });

  it('pauses while waiting on the reporter and gives back the time that was left on resume', async () => {
    const request = await logRequest(MONDAY_9);
    await updateRequest({
      db: t.db,
      actor: siteAdmin,
      id: request.id,
      input: { status: 'waiting_on_reporter' },
      now: at('2026-03-02T10:00:00Z'),
    });
    let row = await rowOf(request.id);
    expect(row.slaPausedAt?.toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(row.slaDueAt, 'a paused request has no running due time').toBeNull();

    // Resumed Wednesday 10:00: 7 business hours were left on the first response.
    const resumed = await updateRequest({
      db: t.db,
      actor: siteAdmin,
      id: request.id,
      input: { status: 'in_progress' },
      now: at('2026-03-04T10:00:00Z'),
    });
    expect(resumed.firstResponseDueAt).toBe('2026-03-05T09:00:00.000Z');
    expect(resumed.resolutionDueAt).toBe('2026-03-11T09:00:00.000Z');
    row = await rowOf(request.id);
    expect(row.slaPausedAt).toBeNull();
    expect(row.slaPausedMinutes, 'Mon 10:00 → Wed 10:00 is 16 business hours').toBe(960);

    // An urgency change afterwards recomputes from creation and still leaves the paused time out.
    const raised = await updateRequest({
      db: t.db,
      actor: siteAdmin,
      id: request.id,
      input: { urgency: 'high' },
      now: at('2026-03-04T11:00:00Z'),
    });
    // High: first response 4 h + 16 h paused = 20 business hours after Monday 09:00 → Wednesday 13:00.
    expect(raised.firstResponseDueAt).toBe('2026-03-04T14:00:00.000Z');
  });

  it('starts the next-response clock when the reporter writes and stops it when staff answer', async () => {
    const request = await createRequest({
      db: t.db,
      actor: reporter,
      now: MONDAY_9,
      input: {
        siteId: site.id,
        module: 'cp',
        channel: 'web',
        summary: 'Password',
        description: '',
        category: 'access',
        urgency: 'normal',
        tags: [],
      },
    });
    await addComment({
      db: t.db,
      actor: siteAdmin,
      id: request.id,
      body: 'Try the reset link.',
      isInternal: false,
      now: at('2026-03-02T10:00:00Z'),
    });
    let row = await rowOf(request.id);
    expect(row.firstRespondedAt?.toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(row.nextResponseDueAt).toBeNull();

    await addComment({
      db: t.db,
      actor: reporter,
      id: request.id,
      body: 'It did not work.',
      isInternal: false,
      now: at('2026-03-02T11:00:00Z'),
    });
    row = await rowOf(request.id);
    // Next response for normal: 2 business days (16 h) → Wednesday 11:00.
    expect(row.nextResponseDueAt?.toISOString()).toBe('2026-03-04T11:00:00.000Z');

    await addComment({
      db: t.db,
      actor: siteAdmin,
      id: request.id,
      body: 'Internal only',
      isInternal: true,
      now: at('2026-03-02T11:30:00Z'),
    });
    expect((await rowOf(request.id)).nextResponseDueAt, 'an internal note is no answer').not.toBeNull();
    await addComment({
      db: t.db,
      actor: siteAdmin,
      id: request.id,
      body: 'Reset again.',
      isInternal: false,
      now: at('2026-03-02T12:00:00Z'),
    });
    expect((await rowOf(request.id)).nextResponseDueAt).toBeNull();
  });
});

describe('[SLA]: warnings and breaches', () => {
  it('warns the assignee and the level-1 leads once, then on breach also the admins, once, however often the job runs', async () => {
    const request = await logRequest(MONDAY_9);
    await updateRequest({ db: t.db, actor: siteAdmin, id: request.id, input: { assigneeId: siteAdmin.id }, now: MONDAY_9 });

    expect(await checkRequestSla({ db: t.db, requestId: request.id, now: at('2026-03-02T15:59:00Z') })).toEqual([]);
    const handlers = slaJobHandlers({ db: t.db, config: t.config, now: () => at('2026-03-02T16:30:00Z') });
    const job = { name: SLA_CHECK_JOB, payload: { requestId: request.id } } as unknown as JobRow;
    await handlers[SLA_CHECK_JOB](job);
    await handlers[SLA_CHECK_JOB](job);
    expect(await notifiedIds(request.id, 'warning')).toEqual(ids(siteAdmin, secondSiteAdmin));
    const warningMail = await t.db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.requestId, request.id), eq(outboundEmails.kind, 'sla_alert')));
    expect(warningMail.map((mail) => mail.recipient).sort()).toEqual([siteAdmin.email, secondSiteAdmin.email].sort());
    expect(warningMail[0].subject).toBe(`[${request.reference}] SLA due soon: Sync fails on the district tablets`);

    const breachHandlers = slaJobHandlers({ db: t.db, config: t.config, now: () => at('2026-03-03T09:05:00Z') });
    await breachHandlers[SLA_CHECK_JOB](job);
    await breachHandlers[SLA_CHECK_JOB](job);
    expect(await notifiedIds(request.id, 'breach')).toEqual(ids(siteAdmin, secondSiteAdmin, admin));
    // In-app titles carry a message key and params for the reader's language; the English title stays as fallback.
    const [breachNote] = (await t.db.select().from(notifications).where(eq(notifications.userId, admin.id))).filter(
      (row) => row.data.requestId === request.id,
    );
    expect(breachNote).toMatchObject({
      messageKey: 'sla.notifications.breach',
      messageParams: { clock: 'first_response', reference: request.reference, dueAt: '2026-03-03T09:00:00.000Z' },
      title: `SLA breached: first response of ${request.reference} was due 2026-03-03T09:00:00.000Z`,
    });
    const alerts = await t.db.select().from(slaAlerts).where(eq(slaAlerts.requestId, request.id));
    expect(alerts.map((alert) => `${alert.clock}:${alert.kind}`).sort()).toEqual([
      'first_response:breach',
      'first_response:warning',
    ]);
    expect(alerts.find((alert) => alert.kind === 'breach')?.dueAt.toISOString()).toBe('2026-03-03T09:00:00.000Z');
    // The next check is queued for the resolution warning; the level did not move.
    expect((await rowOf(request.id)).level).toBe(1);
  });

  it('at level 2 tells the help desk and the coordinators covering the site, never other sites’ people', async () => {
    const request = await logRequest(MONDAY_9);
    await escalateRequest({
      db: t.db,
      actor: siteAdmin,
      id: request.id,
      input: { toLevel: 2, reason: 'Needs the server logs', tried: 'Restarted the sync' },
      now: at('2026-03-02T09:30:00Z'),
    });
    const sent = await checkRequestSla({ db: t.db, requestId: request.id, now: at('2026-03-03T09:30:00Z'), settings: t.config });
    expect(sent).toEqual([{ clock: 'first_response', kind: 'breach' }]);
    expect(await notifiedIds(request.id, 'breach')).toEqual(ids(coordinator, helpDesk, admin));
    expect(await notifiedIds(request.id, 'breach')).not.toContain(otherCoordinator.id);
    expect(await notifiedIds(request.id, 'breach')).not.toContain(otherSiteAdmin.id);
  });

  it('sends nothing while the clocks are paused, and nothing for a clock that was met', async () => {
    const request = await logRequest(MONDAY_9);
    await updateRequest({
      db: t.db,
      actor: siteAdmin,
      id: request.id,
      input: { status: 'waiting_on_reporter' },
      now: at('2026-03-02T09:10:00Z'),
    });
    expect(await checkRequestSla({ db: t.db, requestId: request.id, now: at('2026-03-20T09:00:00Z') })).toEqual([]);
    await updateRequest({
      db: t.db,
      actor: siteAdmin,
      id: request.id,
      input: { status: 'in_progress' },
      now: at('2026-03-02T09:20:00Z'),
    });
    // Logged by the site admin for themself, so a coordinator gives the first response.
    await addComment({
      db: t.db,
      actor: coordinator,
      id: request.id,
      body: 'On it.',
      isInternal: false,
      now: at('2026-03-02T09:30:00Z'),
    });
    const sent = await checkRequestSla({ db: t.db, requestId: request.id, now: at('2026-03-03T12:00:00Z') });
    expect(sent, 'the first response was met; resolution is not yet due').toEqual([]);
  });
});
