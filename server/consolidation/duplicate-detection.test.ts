import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDuplicatePair } from '../../shared/consolidation-schemas.ts';
import type { TCreateHelpRequest, THelpRequest, TRequestSource, TSite } from '../../shared/schemas.ts';
import type { Actor } from '../policies/actor.ts';
import { createRequest } from '../requests/create-request.ts';
import { buildSite, buildUser } from '../test/factories.ts';
import { runDueJobs } from '../test/run-due-jobs.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';
import { consolidationJobHandlers } from './consolidation-job-handlers.ts';

let t: TestApp;
let sle: TSite;
let jor: TSite;
let siteAdmin: Actor;
let reporter: Actor;
let desk: TestClient;

const DAY = 24 * 60 * 60 * 1000;
const base = new Date('2026-10-01T09:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  sle = await buildSite(t.db, { code: 'SLE', name: 'Sierra Leone' });
  jor = await buildSite(t.db, { code: 'JOR', name: 'Jordan' });
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [sle.id, jor.id] });
  reporter = await buildUser(t.db, 'reporter', { siteIds: [sle.id], email: 'mariama.conteh@moh.example.org' });
  const deskUser = await buildUser(t.db, 'help_desk');
  desk = await t.login(deskUser.email, deskUser.password);
}, 300_000);
afterAll(() => t?.close());

async function log(
  input: Partial<TCreateHelpRequest> & { summary: string },
  options: { actor?: Actor; source?: TRequestSource; daysAfter?: number } = {},
): Promise<THelpRequest> {
  return createRequest({
    db: t.db,
    actor: options.actor ?? siteAdmin,
    input: { siteId: sle.id, module: 'cp', channel: 'phone', category: 'access', ...input },
    source: options.source,
    now: new Date(base.getTime() + (options.daysAfter ?? 0) * DAY),
  });
}

const detect = () => runDueJobs(t.db, consolidationJobHandlers({ db: t.db, config: t.config }));

async function duplicatesOf(request: THelpRequest): Promise<TDuplicatePair[]> {
  const response = await desk.get(`/api/requests/${request.id}/duplicates`);
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

describe('[CONSOLIDATION]: possible duplicates across channels', () => {
  it('pairs the same phone number (written differently) with a similar summary, across spreadsheet and e-mail', async () => {
    const fromSheet = await log(
      {
        summary: 'Cannot log in after password reset',
        reporterName: 'Fatmata Sesay',
        reporterContact: '+232 76 123 456',
        channel: 'spreadsheet',
      },
      { source: { via: 'spreadsheet', fileName: 'bo-district-register.xlsx', row: 14 } },
    );
    const fromMail = await log(
      {
        summary: 'Can not log in after the password reset',
        reporterName: 'F. Sesay',
        reporterContact: '076 123 456',
        channel: 'email',
      },
      { source: { via: 'email', mailboxId: 'sle-support', messageId: '<a1@mail.example.org>' }, daysAfter: 2 },
    );
    await detect();
    const [pair] = await duplicatesOf(fromMail);
    expect(pair).toMatchObject({ matchedOn: 'phone', a: { id: fromMail.id, channel: 'email' }, b: { id: fromSheet.id } });
    expect(pair.b.source).toEqual({ via: 'spreadsheet', fileName: 'bo-district-register.xlsx', row: 14 });
    expect(pair.score).toBeGreaterThanOrEqual(0.4);
    expect((await duplicatesOf(fromSheet)).map((p) => p.b.id)).toEqual([fromMail.id]);
  });

  it('pairs an account holder’s web request with an e-mail from the same address, and two requests of one account', async () => {
    const web = await log({ summary: 'Referral form crashes when saving' }, { actor: reporter });
    const mail = await log(
      {
        summary: 'Referral form crashes on save',
        reporterName: 'Mariama',
        reporterContact: 'Mariama <Mariama.Conteh@moh.example.org>',
        channel: 'email',
      },
      { source: { via: 'email' }, daysAfter: 1 },
    );
    const again = await log({ summary: 'The referral form crashes when saving it' }, { actor: reporter, daysAfter: 3 });
    await detect();
    const pairs = await duplicatesOf(web);
    expect(pairs.map((p) => [p.b.id, p.matchedOn]).sort()).toEqual(
      [
        [mail.id, 'email'],
        [again.id, 'account'],
      ].sort(),
    );
  });

  it('pairs the same name at one site, but not the same name at another site', async () => {
    const first = await log({ summary: 'Dashboard counts are wrong for GBV', reporterName: 'Ibrahim Kamara' });
    const sameSite = await log(
      { summary: 'Dashboard counts wrong for GBV cases', reporterName: '  ibrahim   KAMARA ' },
      { daysAfter: 1 },
    );
    const otherSite = await log(
      { siteId: jor.id, summary: 'Dashboard counts are wrong for GBV', reporterName: 'Ibrahim Kamara' },
      { daysAfter: 1 },
    );
    await detect();
    expect((await duplicatesOf(first)).map((p) => [p.b.id, p.matchedOn])).toEqual([[sameSite.id, 'name']]);
    expect(await duplicatesOf(otherSite)).toEqual([]);
  });

  it('does not pair a different reporter, a dissimilar summary, or a request outside the window', async () => {
    const original = await log({
      summary: 'Sync fails on the tablet at night',
      reporterName: 'Abu Bangura',
      reporterContact: '+232 77 555 010',
    });
    const otherPerson = await log(
      { summary: 'Sync fails on the tablet at night', reporterName: 'Kadiatu Bah', reporterContact: '+232 77 555 999' },
      { daysAfter: 1 },
    );
    const otherQuestion = await log(
      { summary: 'Need training for new caseworkers', reporterName: 'Abu Bangura', reporterContact: '+232 77 555 010' },
      { daysAfter: 1 },
    );
    const tooLate = await log(
      { summary: 'Sync fails on the tablet at night', reporterName: 'Abu Bangura', reporterContact: '+232 77 555 010' },
      { daysAfter: 8 },
    );
    const inTime = await log(
      { summary: 'Sync fails on tablet at night again', reporterName: 'Abu Bangura', reporterContact: '+232 77 555 010' },
      { daysAfter: 6 },
    );
    await detect();
    const ids = (await duplicatesOf(original)).map((p) => p.b.id);
    expect(ids).toEqual([inTime.id]);
    expect(await duplicatesOf(otherPerson)).toEqual([]);
    expect(await duplicatesOf(otherQuestion)).toEqual([]);
    // 8 days after the original but 2 after `inTime`: paired with that one only.
    expect((await duplicatesOf(tooLate)).map((p) => p.b.id)).toEqual([inTime.id]);
  });

  it('keeps a dismissal when detection runs again, and records it on both timelines', async () => {
    const first = await log({
      summary: 'Export to Excel is empty',
      reporterName: 'Hawa Koroma',
      reporterContact: '+232 78 100 200',
    });
    const second = await log(
      { summary: 'Export to Excel gives an empty file', reporterName: 'Hawa Koroma', reporterContact: '+232 78 100 200' },
      { daysAfter: 1 },
    );
    await detect();
    const [pair] = await duplicatesOf(first);
    expect(pair.abilities).toEqual({ dismiss: true, merge: true });
    const dismissed = await desk.post(`/api/duplicates/${pair.id}/dismiss`, { reason: 'Two different exports' });
    expect(dismissed.statusCode).toBe(200);
    expect((await desk.post(`/api/duplicates/${pair.id}/dismiss`, {})).statusCode).toBe(200);
    expect(await duplicatesOf(first)).toEqual([]);

    // An edit queues detection again; the pair still matches but stays dismissed.
    const edited = await desk.patch(`/api/requests/${second.id}`, { summary: 'Export to Excel gives an empty file again' });
    expect(edited.statusCode).toBe(200);
    expect(await detect()).toBeGreaterThan(0);
    expect(await duplicatesOf(first)).toEqual([]);
    expect(await duplicatesOf(second)).toEqual([]);
    const listed = (await desk.get('/api/duplicates?limit=100')).json().items as TDuplicatePair[];
    expect(listed.some((p) => p.id === pair.id)).toBe(false);

    for (const request of [first, second]) {
      const events = (await desk.get(`/api/requests/${request.id}/timeline`)).json().events;
      const event = events.find((e: { type: string }) => e.type === 'duplicate_dismissed');
      expect(event).toMatchObject({ isInternal: true, body: 'Two different exports' });
    }
  });

  it('removes an open pair once an edit makes the summaries dissimilar', async () => {
    const first = await log({ summary: 'Case transfer stuck in pending', reporterName: 'Sia Lebbie' });
    const second = await log({ summary: 'Case transfer is stuck pending', reporterName: 'Sia Lebbie' }, { daysAfter: 1 });
    await detect();
    expect(await duplicatesOf(first)).toHaveLength(1);
    await desk.patch(`/api/requests/${second.id}`, { summary: 'Printer for the district office' });
    await detect();
    expect(await duplicatesOf(first)).toEqual([]);
  });

  it('lists open pairs across sites newest first with a cursor, and filters by site', async () => {
    const page = await desk.get('/api/duplicates?limit=2');
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body.items).toHaveLength(2);
    expect(body.nextCursor).toEqual(expect.any(String));
    const rest = (await desk.get(`/api/duplicates?limit=100&cursor=${body.nextCursor}`)).json().items as TDuplicatePair[];
    const ids = [...body.items, ...rest].map((p: TDuplicatePair) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await desk.get(`/api/duplicates?siteId=${jor.id}`)).json().items).toEqual([]);
    expect((await desk.get('/api/duplicates?cursor=nonsense')).statusCode).toBe(422);
  });
});
