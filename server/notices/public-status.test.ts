import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import type { Actor } from '../policies/actor.ts';
import { buildSite, buildUser } from '../test/factories.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { cancelNotice } from './cancel-notice.ts';
import { escapeIcalText, foldIcalLine } from './ical.ts';
import { issueNotice } from './issue-notice.ts';

let t: TestApp;
let site: TSite;
let otherSite: TSite;
let helpDesk: Actor;
const ids: Record<string, string> = {};
const DAY = 24 * 3600_000;

const issue = (
  title: string,
  start: number,
  end: number,
  options: { now?: Date; type?: 'downtime' | 'training'; body?: string; siteIds?: string[] } = {},
) =>
  issueNotice({
    db: t.db,
    settings: t.config,
    actor: helpDesk,
    now: options.now,
    input: {
      type: options.type ?? 'downtime',
      versions: [{ language: 'en', title, body: options.body ?? '' }],
      windowStart: new Date(start).toISOString(),
      windowEnd: new Date(end).toISOString(),
      siteIds: options.siteIds ?? [site.id],
    },
  });

beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://status.example.org' });
  site = await buildSite(t.db, { timeZone: 'America/Bogota', name: 'Colombia pilot' });
  otherSite = await buildSite(t.db, { timeZone: 'Asia/Amman' });
  helpDesk = await buildUser(t.db, 'help_desk', { email: 'desk.person@help.example.org' });
  await buildUser(t.db, 'coordinator', { siteIds: [site.id], email: 'coord.person@help.example.org' });
  const now = Date.now();
  ids.upcoming = (
    await issue('Server move, part 1; then 2, with \\ backslash', now + 2 * DAY, now + 2 * DAY + 4 * 3600_000, {
      body: 'Line one; semi, comma.\nLine two in **bold**. ترحيل الخادم إلى مركز بيانات جديد مع انقطاع قصير للخدمة في الصباح الباكر',
    })
  ).id;
  ids.ongoing = (await issue('Ongoing patch', now - 3600_000, now + 3600_000, { type: 'training' })).id;
  ids.past = (await issue('Finished upgrade', now - 3 * DAY, now - 2 * DAY, { now: new Date(now - 4 * DAY) })).id;
  ids.cancelled = (await issue('Cancelled upgrade', now + 5 * DAY, now + 5 * DAY + 3600_000)).id;
  await cancelNotice({ db: t.db, settings: t.config, actor: helpDesk, noticeId: ids.cancelled, input: { reason: 'Not needed' } });
  ids.elsewhere = (await issue('Other site only', now + DAY, now + DAY + 3600_000, { siteIds: [otherSite.id] })).id;
});
afterAll(() => t?.close());

describe('[NOTICES]: the public status page', () => {
  it('lists scheduled and ongoing windows per site, without signing in and without personal data', async () => {
    const response = await t.anonymous().get('/api/public/status');
    expect(response.statusCode).toBe(200);
    const status = response.json();
    const here = status.sites.find((candidate: { code: string }) => candidate.code === site.code);
    expect(here).toMatchObject({ name: 'Colombia pilot', timeZone: 'America/Bogota' });
    expect(here.items.map((item: { id: string; phase: string }) => [item.id, item.phase])).toEqual([
      [ids.ongoing, 'ongoing'],
      [ids.upcoming, 'scheduled'],
    ]);
    expect(here.items[1].bodyHtml).toContain('<strong>bold</strong>');
    const elsewhere = status.sites.find((candidate: { code: string }) => candidate.code === otherSite.code);
    expect(elsewhere.items.map((item: { id: string }) => item.id)).toEqual([ids.elsewhere]);
    expect(response.body).not.toMatch(/person@|desk\.person|coord\.person/);
    expect(response.body).not.toContain(helpDesk.name);
  });
});

type ParsedEvent = { uid: string; summary: string; description: string; status: string; start: string; end: string };

function parseFeed(body: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(body));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      status: String(vevent.getFirstPropertyValue('status')),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
}

describe('[NOTICES]: the iCalendar feed per site', () => {
  it('is valid RFC 5545: CRLF lines of at most 75 octets, folded without splitting characters', async () => {
    const response = await t.anonymous().get(`/api/public/sites/${site.code.toLowerCase()}/maintenance.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const body = response.body;
    expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = body.split('\r\n').slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true); // the long description is folded
    expect(body).not.toContain('\uFFFD');
    for (const line of physical) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
  });

  it('parses back with UIDs, UTC times whatever the site’s zone, escaped text and cancelled events', async () => {
    const body = (await t.anonymous().get(`/api/public/sites/${site.code}/maintenance.ics`)).body;
    const events = parseFeed(body);
    const byUid = new Map(events.map((event) => [event.uid, event]));
    expect(events.map((event) => event.uid).sort()).toEqual(
      [ids.upcoming, ids.ongoing, ids.past, ids.cancelled].map((id) => `notice-${id}@status.example.org`).sort(),
    );
    const upcoming = byUid.get(`notice-${ids.upcoming}@status.example.org`);
    expect(upcoming?.summary).toBe('Downtime: Server move, part 1; then 2, with \\ backslash');
    expect(upcoming?.description).toContain('Line one; semi, comma. Line two in bold.');
    expect(upcoming?.description).toContain('\n\nhttps://status.example.org/status');
    expect(upcoming?.description).toContain('ترحيل الخادم إلى مركز بيانات جديد');
    expect(upcoming?.status).toBe('CONFIRMED');
    expect(byUid.get(`notice-${ids.cancelled}@status.example.org`)?.status).toBe('CANCELLED');
    // DTSTART/DTEND are UTC (…Z) even though the site is in Bogotá.
    expect(body).toMatch(/DTSTART:\d{8}T\d{6}Z\r\n/);
    const [notice] = (await t.anonymous().get('/api/public/status'))
      .json()
      .sites.find((s: { code: string }) => s.code === site.code)
      .items.slice(1);
    expect(upcoming?.start).toBe(notice.windowStart.replace(/\.\d{3}Z$/, '.000Z'));
    expect(body).toContain('X-WR-TIMEZONE:America/Bogota');
    expect(body).not.toMatch(/person@/);
    expect(body).not.toContain('Other site only');
  });

  it('answers 404 for an unknown site', async () => {
    expect((await t.anonymous().get('/api/public/sites/NOPE/maintenance.ics')).statusCode).toBe(404);
  });

  it('escapes and folds by the rules', () => {
    expect(escapeIcalText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const long = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldIcalLine(long);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });
});
