import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser } from '../test/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

let t: TestApp;
let site: TSite;
let otherSite: TSite;
let siteAdmin: Actor & { password: string };
let admin: TestClient;
let client: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  site = await buildSite(t.db, { code: 'SLE', name: 'Sierra Leone' });
  otherSite = await buildSite(t.db, { code: 'JOR', name: 'Jordan', modules: ['gbv'] });
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  client = await t.login(siteAdmin.email, siteAdmin.password);
  const adminUser = await buildUser(t.db, 'admin');
  admin = await t.login(adminUser.email, adminUser.password);
});
afterAll(() => t?.close());

const phoneLog = (overrides: Record<string, unknown> = {}) => ({
  siteId: site.id,
  module: 'cp',
  channel: 'phone',
  summary: 'Caseworker locked out of tablet',
  description: 'Tried three times, account locked.',
  category: 'access',
  urgency: 'high',
  reporterName: 'Aminata K.',
  reporterContact: '+232 76 000 000',
  ...overrides,
});

describe('[REGISTER]: creating requests', () => {
  it('creates a phone request with a site reference, level 1, status new, SLA due times and a created event', async () => {
    const response = await client.post('/api/requests', phoneLog());
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.reference).toMatch(/^SLE-\d{4}$/);
    expect(body).toMatchObject({ level: 1, status: 'new', channel: 'phone', reporterName: 'Aminata K.', reporterId: null });
    expect(new Date(body.firstResponseDueAt).getTime()).toBeGreaterThan(new Date(body.createdAt).getTime());
    const timeline = (await client.get(`/api/requests/${body.reference}/timeline`)).json();
    expect(timeline.events.map((e: { type: string }) => e.type)).toEqual(['created']);
    expect(timeline.events[0].actorName).toBe(siteAdmin.name);
  });

  it('numbers references per site without collisions under concurrent creation', async () => {
    const responses = await Promise.all(
      Array.from({ length: 25 }, (_, i) => client.post('/api/requests', phoneLog({ summary: `Concurrent ${i}` }))),
    );
    expect(responses.every((r) => r.statusCode === 201)).toBe(true);
    const references = responses.map((r) => r.json().reference);
    expect(new Set(references).size).toBe(25);
    const numbers = references.map((ref: string) => Number(ref.split('-')[1])).sort((a: number, b: number) => a - b);
    expect(numbers.at(-1)! - numbers[0]).toBe(24);
  });

  it('rejects bad input field by field with problem+json and stores nothing', async () => {
    const before = (await client.get('/api/requests?limit=1')).json().total;
    const response = await client.post('/api/requests', phoneLog({ summary: '   ', urgency: 'urgent', module: 'xyz' }));
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const fields = response
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    expect(fields).toEqual(['module', 'summary', 'urgency']);
    expect((await client.get('/api/requests?limit=1')).json().total).toBe(before);
  });

  it('refuses a module the site does not run, and a site outside the caller’s sites', async () => {
    const wrongModule = await client.post('/api/requests', phoneLog({ module: 'mrm' }));
    expect(wrongModule.statusCode).toBe(422);
    expect(wrongModule.json().errors[0].field).toBe('module');
    const wrongSite = await client.post('/api/requests', phoneLog({ siteId: otherSite.id, module: 'gbv' }));
    expect(wrongSite.statusCode).toBe(422);
    expect(wrongSite.json().errors[0].field).toBe('siteId');
  });

  it('makes a reporter the requester of their own web request', async () => {
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    const reporterClient = await t.login(reporter.email, reporter.password);
    const response = await reporterClient.post('/api/requests', {
      siteId: site.id,
      module: 'cp',
      summary: 'Export to Excel fails',
      category: 'data',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      reporterId: reporter.id,
      reporterName: reporter.name,
      channel: 'web',
      urgency: 'normal',
    });
    const mine = (await reporterClient.get('/api/requests')).json();
    expect(mine.items.map((r: { id: string }) => r.id)).toEqual([response.json().id]);
  });
});

describe('[REGISTER]: listing', () => {
  it('filters by site, module, level, status, urgency, channel, assignee, text and created range, with counts', async () => {
    const coordinator = await buildUser(t.db, 'help_desk');
    const created = await buildRequest(t.db, siteAdmin, {
      siteId: site.id,
      summary: 'Offline sync stuck with Unsubmitted Offline Changes',
      category: 'sync',
      urgency: 'critical',
      channel: 'email',
    });
    await admin.patch(`/api/requests/${created.id}`, { assigneeId: coordinator.id, status: 'in_progress' });
    const query = async (qs: string) => (await admin.get(`/api/requests?${qs}`)).json();
    const ids = (list: { items: { id: string }[] }) => list.items.map((item) => item.id);
    expect(ids(await query('q=unsubmitted'))).toEqual([created.id]);
    expect(ids(await query(`assigneeId=${coordinator.id}`))).toEqual([created.id]);
    expect(ids(await query('urgency=critical&channel=email'))).toEqual([created.id]);
    expect(ids(await query(`siteId=${otherSite.id}`))).toEqual([]);
    const inProgress = await query('status=in_progress,waiting_on_reporter&level=1&module=cp');
    expect(ids(inProgress)).toContain(created.id);
    expect(inProgress.items.every((r: { status: string }) => ['in_progress', 'waiting_on_reporter'].includes(r.status))).toBe(
      true,
    );
    expect(inProgress.countsByStatus.new).toBeGreaterThan(0);
    expect(inProgress.total).toBe(inProgress.countsByStatus.in_progress + (inProgress.countsByStatus.waiting_on_reporter ?? 0));
    const today = new Date().toISOString().slice(0, 10);
    expect((await query(`createdFrom=${today}&createdTo=${today}`)).total).toBeGreaterThan(20);
    expect((await query('createdTo=2001-01-01')).total).toBe(0);
    const bad = await admin.get('/api/requests?status=sleeping&level=7');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .join(' '),
    ).toMatch(/status/);
  });

  it('pages with a cursor through every request exactly once, in order, for each sort', async () => {
    for (const sort of ['createdAt', 'urgency', 'reference', 'updatedAt']) {
      for (const order of ['asc', 'desc']) {
        const seen: string[] = [];
        let cursor = '';
        let total = 0;
        for (let page = 0; page < 50; page++) {
          const body = (
            await admin.get(`/api/requests?sort=${sort}&order=${order}&limit=7${cursor ? `&cursor=${cursor}` : ''}`)
          ).json();
          total = body.total;
          seen.push(...body.items.map((item: { id: string }) => item.id));
          if (!body.nextCursor) break;
          cursor = body.nextCursor;
        }
        expect(new Set(seen).size).toBe(total);
        expect(seen.length).toBe(total);
      }
    }
    const bad = await admin.get('/api/requests?cursor=not-a-cursor');
    expect(bad.statusCode).toBe(422);
  });
});

describe('[REGISTER]: working a request', () => {
  it('moves status only through legal transitions; resolving needs a summary; reopen and close work', async () => {
    const request = await buildRequest(t.db, siteAdmin, { siteId: site.id });
    const url = `/api/requests/${request.id}`;
    const illegal = await client.patch(url, { status: 'escalated' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().errors[0].field).toBe('status');
    const noSummary = await client.patch(url, { status: 'resolved' });
    expect(noSummary.statusCode).toBe(422);
    expect(noSummary.json().errors[0].field).toBe('resolutionSummary');
    expect((await client.patch(url, { status: 'in_progress' })).json().status).toBe('in_progress');
    const resolved = (
      await client.patch(url, { status: 'resolved', resolutionSummary: 'Reset the password; user signed in.' })
    ).json();
    expect(resolved).toMatchObject({ status: 'resolved', resolutionSummary: 'Reset the password; user signed in.' });
    expect(resolved.resolvedAt).not.toBeNull();
    expect((await client.patch(url, { status: 'in_progress', reason: 'User locked out again' })).json().resolvedAt).toBeNull();
    await client.patch(url, { status: 'resolved', resolutionSummary: 'Unlocked again.' });
    const closed = (await client.patch(url, { status: 'closed' })).json();
    expect(closed.status).toBe('closed');
    expect((await client.patch(url, { status: 'resolved' })).statusCode).toBe(409);
    const types = (await client.get(`${url}/timeline`)).json().events.map((e: { type: string }) => e.type);
    expect(types).toEqual(['created', 'status_changed', 'resolved', 'reopened', 'resolved', 'status_changed']);
  });

  it('lets a reporter only close their resolved request or reopen it, as their abilities say', async () => {
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    const reporterClient = await t.login(reporter.email, reporter.password);
    const request = (
      await reporterClient.post('/api/requests', { siteId: site.id, module: 'cp', summary: 'Dashboard counts look wrong' })
    ).json();
    const url = `/api/requests/${request.id}`;
    expect(request.abilities.allowedStatuses).toEqual([]);
    expect((await reporterClient.patch(url, { status: 'in_progress' })).statusCode).toBe(403);
    expect((await client.get(url)).json().abilities.allowedStatuses).toEqual([
      'in_progress',
      'waiting_on_reporter',
      'resolved',
      'closed',
    ]);
    await client.patch(url, { status: 'resolved', resolutionSummary: 'Counts exclude closed cases by design.' });
    expect((await reporterClient.get(url)).json().abilities.allowedStatuses).toEqual(['in_progress', 'closed']);
    expect((await reporterClient.patch(url, { status: 'closed' })).json().status).toBe('closed');
    expect((await reporterClient.patch(url, { status: 'in_progress', reason: 'Still wrong today' })).json().status).toBe(
      'in_progress',
    );
    expect((await reporterClient.patch(url, { status: 'resolved', resolutionSummary: 'self-resolved' })).statusCode).toBe(403);
  });

  it('assigns only people who can work the request and records it', async () => {
    const request = await buildRequest(t.db, siteAdmin, { siteId: site.id });
    const colleague = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
    const stranger = await buildUser(t.db, 'site_admin', { siteIds: [otherSite.id] });
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    const assignees = (await client.get(`/api/requests/${request.id}/assignees`)).json().map((u: { id: string }) => u.id);
    expect(assignees).toContain(colleague.id);
    expect(assignees).not.toContain(stranger.id);
    expect(assignees).not.toContain(reporter.id);
    for (const bad of [stranger.id, reporter.id]) {
      const response = await client.patch(`/api/requests/${request.id}`, { assigneeId: bad });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].field).toBe('assigneeId');
    }
    const assigned = (await client.patch(`/api/requests/${request.id}`, { assigneeId: colleague.id })).json();
    expect(assigned.assigneeName).toBe(colleague.name);
    const events = (await client.get(`/api/requests/${request.id}/timeline`)).json().events;
    expect(events.at(-1)).toMatchObject({ type: 'assigned', data: { assigneeName: colleague.name } });
  });

  it('keeps internal notes from reporters; a staff member’s first public comment is the first response', async () => {
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
    const reporterClient = await t.login(reporter.email, reporter.password);
    const request = (
      await reporterClient.post('/api/requests', { siteId: site.id, module: 'cp', summary: 'Cannot find my referral' })
    ).json();
    const url = `/api/requests/${request.id}`;
    expect((await client.post(`${url}/comments`, { body: 'Checking with the district', internal: true })).statusCode).toBe(201);
    expect((await client.get(url)).json().firstRespondedAt).toBeNull();
    expect((await client.post(`${url}/comments`, { body: 'Which case number?', internal: false })).statusCode).toBe(201);
    expect((await client.get(url)).json().firstRespondedAt).not.toBeNull();
    expect((await reporterClient.post(`${url}/comments`, { body: 'sneaky', internal: true })).statusCode).toBe(403);
    expect((await reporterClient.post(`${url}/comments`, { body: 'It is the second one' })).statusCode).toBe(201);
    const seenByReporter = (await reporterClient.get(`${url}/timeline`)).json().events;
    expect(seenByReporter.some((e: { type: string }) => e.type === 'internal_note')).toBe(false);
    expect(seenByReporter.filter((e: { type: string }) => e.type === 'comment')).toHaveLength(2);
    const seenByStaff = (await client.get(`${url}/timeline`)).json().events;
    expect(seenByStaff.filter((e: { type: string }) => e.type === 'internal_note')).toHaveLength(1);
    const empty = await client.post(`${url}/comments`, { body: '' });
    expect(empty.statusCode).toBe(400);
  });

  it('edits fields with an event each and recomputes SLA due times on urgency change', async () => {
    const request = await buildRequest(t.db, siteAdmin, { siteId: site.id, urgency: 'low' });
    const updated = (
      await client.patch(`/api/requests/${request.id}`, { urgency: 'critical', category: 'bug', tags: ['tablet'] })
    ).json();
    expect(updated).toMatchObject({ urgency: 'critical', category: 'bug', tags: ['tablet'] });
    expect(new Date(updated.firstResponseDueAt).getTime()).toBeLessThan(new Date(request.firstResponseDueAt!).getTime());
    const events = (await client.get(`/api/requests/${request.id}/timeline`))
      .json()
      .events.filter((e: { type: string }) => e.type === 'field_changed');
    expect(events.map((e: { data: { field: string } }) => e.data.field).sort()).toEqual(['category', 'tags', 'urgency']);
    expect((await client.patch(`/api/requests/${request.id}`, {})).statusCode).toBe(400);
  });
});

describe('[REGISTER]: attachments', () => {
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a10000000049454e44ae426082',
    'hex',
  );
  const multipart = (fileName: string, bytes: Buffer, contentType = 'image/png') => {
    const boundary = '----sh-test-boundary';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
  };

  it('stores a PNG checked from its bytes, lists it, serves it back, and refuses a fake one', async () => {
    const request = await buildRequest(t.db, siteAdmin, { siteId: site.id });
    const url = `/api/requests/${request.id}/attachments`;
    const upload = await client.request({ method: 'POST', url, ...multipart('screen.png', png) });
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toMatchObject({ fileName: 'screen.png', contentType: 'image/png', size: png.length });
    const fake = await client.request({
      method: 'POST',
      url,
      ...multipart('evil.png', Buffer.from('<script>alert(1)</script>')),
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().errors[0].field).toBe('file');
    const detail = (await client.get(`/api/requests/${request.id}`)).json();
    expect(detail.attachments).toHaveLength(1);
    const download = await client.get(`${url}/${upload.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(download.rawPayload, png)).toBe(0);
  });

  it('refuses files over the size limit with 413', async () => {
    const request = await buildRequest(t.db, siteAdmin, { siteId: site.id });
    const big = Buffer.concat([png, Buffer.alloc(1024 * 1024 + 10)]);
    const response = await client.request({
      method: 'POST',
      url: `/api/requests/${request.id}/attachments`,
      ...multipart('big.png', big),
    });
    expect(response.statusCode).toBe(413);
    expect((await client.get(`/api/requests/${request.id}`)).json().attachments).toHaveLength(0);
  });
});
