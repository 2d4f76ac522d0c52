import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '../db/schema/index.ts';
import { listTimeline } from '../requests/timeline.ts';
import { buildRequest, TEST_PASSWORD } from '../test/factories.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { cancelNotice } from './cancel-notice.ts';
import { changeNoticeWindow } from './change-notice-window.ts';
import { issueNotice } from './issue-notice.ts';
import { NOTICE_REMINDERS_JOB } from './notice-job-names.ts';
import { buildNoticeWorld, type NoticeWorld } from './notice-test-world.ts';

let t: TestApp;
let w: NoticeWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildNoticeWorld(t);
});
afterAll(() => t?.close());

const NOW = new Date('2099-03-01T10:00:00Z');
const publicEvents = async (requestId: string) =>
  (await listTimeline({ db: t.db, requestId, includeInternal: false })).filter((event) => event.type.startsWith('notice_'));
const reminderRunAt = async (noticeId: string, round: number) => {
  const [job] = await t.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.name, NOTICE_REMINDERS_JOB), eq(jobs.singletonKey, `notice-reminders:${noticeId}:${round}`)));
  return job?.runAt.toISOString();
};
const issue = (extra: { requestReferences?: string[]; reminderLeadMinutes?: number } = {}) =>
  issueNotice({
    db: t.db,
    settings: t.config,
    actor: w.helpDesk,
    now: NOW,
    input: {
      type: 'downtime',
      versions: [
        { language: 'en', title: 'Database upgrade', body: 'Primero will be offline.' },
        { language: 'fr', title: 'Mise à jour de la base', body: 'Primero sera hors ligne.' },
      ],
      windowStart: '2099-03-10T08:00:00Z',
      windowEnd: '2099-03-10T12:00:00Z',
      siteIds: [w.siteA.id],
      ...extra,
    },
  });

describe('[NOTICES]: linked requests show the notice on their timeline', () => {
  it('records the issue, each window change and the cancellation as public events, in every language written', async () => {
    const other = await buildRequest(t.db, w.adminA, { siteId: w.siteA.id });
    const { id } = await issue({ requestReferences: [w.phoneRequest.reference, other.reference] });

    const [issued] = await publicEvents(w.phoneRequest.id);
    expect(issued).toMatchObject({
      type: 'notice_issued',
      actorId: w.helpDesk.id,
      isInternal: false,
      data: {
        noticeId: id,
        noticeType: 'downtime',
        round: 1,
        titles: { en: 'Database upgrade', fr: 'Mise à jour de la base' },
        defaultLanguage: 'en',
        windowStart: '2099-03-10T08:00:00.000Z',
        windowEnd: '2099-03-10T12:00:00.000Z',
      },
    });
    expect(await publicEvents(other.id)).toHaveLength(1);

    await changeNoticeWindow({
      db: t.db,
      settings: t.config,
      actor: w.helpDesk,
      noticeId: id,
      input: { windowStart: '2099-03-11T08:00:00Z', windowEnd: '2099-03-11T10:00:00Z', note: 'Moved a day later' },
      now: NOW,
    });
    await cancelNotice({
      db: t.db,
      settings: t.config,
      actor: w.helpDesk,
      noticeId: id,
      input: { reason: 'Upgrade postponed' },
      now: NOW,
    });

    const events = await publicEvents(w.phoneRequest.id);
    expect(events.map((event) => [event.type, event.body, event.data.windowStart])).toEqual([
      ['notice_issued', null, '2099-03-10T08:00:00.000Z'],
      ['notice_changed', 'Moved a day later', '2099-03-11T08:00:00.000Z'],
      ['notice_cancelled', 'Upgrade postponed', '2099-03-11T08:00:00.000Z'],
    ]);
  });

  it('adds nothing to requests the notice does not name', async () => {
    const unlinked = await buildRequest(t.db, w.adminA, { siteId: w.siteA.id });
    await issue();
    expect(await publicEvents(unlinked.id)).toEqual([]);
  });
});

describe('[NOTICES]: the reminder lead time is the notice’s own', () => {
  it('reminds 24 hours before the window unless told otherwise', async () => {
    const { id } = await issue();
    expect(await reminderRunAt(id, 1)).toBe('2099-03-09T08:00:00.000Z');
  });

  it('keeps the lead time the help desk chose, for the first round and every change', async () => {
    const { id } = await issue({ reminderLeadMinutes: 180 });
    expect(await reminderRunAt(id, 1)).toBe('2099-03-10T05:00:00.000Z');
    await changeNoticeWindow({
      db: t.db,
      settings: t.config,
      actor: w.helpDesk,
      noticeId: id,
      input: { windowStart: '2099-03-12T08:00:00Z', windowEnd: '2099-03-12T10:00:00Z' },
      now: NOW,
    });
    expect(await reminderRunAt(id, 2)).toBe('2099-03-12T05:00:00.000Z');
  });

  it('takes it through the API, shows it on the notice and refuses one outside 1 hour to 14 days', async () => {
    const desk = await t.login(w.helpDesk.email, TEST_PASSWORD);
    const body = {
      type: 'training',
      versions: [{ language: 'en', title: 'New case form', body: '' }],
      windowStart: '2099-04-01T08:00:00Z',
      windowEnd: '2099-04-01T09:00:00Z',
      siteIds: [w.siteB.id],
    };
    const tooShort = await desk.post('/api/notices', { ...body, reminderLeadMinutes: 10 });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().errors).toEqual([expect.objectContaining({ field: 'reminderLeadMinutes' })]);
    const created = await desk.post('/api/notices', { ...body, reminderLeadMinutes: 2880 });
    expect(created.statusCode, created.body).toBe(201);
    const notice = (await desk.get(`/api/notices/${created.json().id}`)).json();
    expect(notice.reminderLeadMinutes).toBe(2880);
    expect(await reminderRunAt(created.json().id, 1)).toBe('2099-03-30T08:00:00.000Z');
  });
});
