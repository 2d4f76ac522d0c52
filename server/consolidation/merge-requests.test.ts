import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { THelpRequest, TSite, TTimelineEvent } from '../../shared/schemas.ts';
import { communityTopics } from '../db/schema/index.ts';
import { escalateRequest } from '../escalation/escalate-request.ts';
import { linkArticleToRequest } from '../kb/link-article-to-request.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, buildVendorTeam, completeDossier, TEST_PASSWORD } from '../test/factories.ts';
import { buildArticle } from '../test/kb-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

let t: TestApp;
let sle: TSite;
let jor: TSite;
let siteAdmin: Actor;
let deskUser: Actor;
let coordinator: TestClient;
let desk: TestClient;

const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a10000000049454e44ae426082',
  'hex',
);
function multipart(fileName: string, bytes: Buffer) {
  const boundary = '----sh-merge-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

beforeAll(async () => {
  t = await createTestApp();
  sle = await buildSite(t.db, { code: 'SLE', name: 'Sierra Leone' });
  jor = await buildSite(t.db, { code: 'JOR', name: 'Jordan' });
  await buildVendorTeam(t.db, ['cp']);
  siteAdmin = await buildUser(t.db, 'site_admin', { siteIds: [sle.id, jor.id] });
  deskUser = await buildUser(t.db, 'help_desk');
  const coordinatorUser = await buildUser(t.db, 'coordinator', { siteIds: [sle.id, jor.id] });
  coordinator = await t.login(coordinatorUser.email, coordinatorUser.password);
  desk = await t.login(deskUser.email, TEST_PASSWORD);
}, 300_000);
afterAll(() => t?.close());

const logAt = (siteId: string, summary: string) =>
  buildRequest(t.db, siteAdmin, { siteId, summary, reporterName: 'Fatmata Sesay' });
const timelineOf = async (client: TestClient, id: string): Promise<TTimelineEvent[]> =>
  (await client.get(`/api/requests/${id}/timeline`)).json().events;

describe('[CONSOLIDATION]: merging two requests', () => {
  it('closes the duplicate as merged and shows both timelines, attachments and links on the survivor', async () => {
    const survivor = await logAt(sle.id, 'Cannot log in after password reset');
    const duplicate = await logAt(sle.id, 'Login fails after the password reset');
    const siteAdminClient = await t.login(siteAdmin.email, TEST_PASSWORD);
    expect(
      (await siteAdminClient.post(`/api/requests/${duplicate.id}/comments`, { body: 'Reporter called again' })).statusCode,
    ).toBe(201);
    const upload = await siteAdminClient.request({
      method: 'POST',
      url: `/api/requests/${duplicate.id}/attachments`,
      ...multipart('error.png', png),
    });
    expect(upload.statusCode).toBe(201);
    await escalateRequest({
      db: t.db,
      actor: siteAdmin,
      id: duplicate.id,
      input: { toLevel: 2, reason: 'Locked out', tried: 'Reset twice' },
    });
    const article = await buildArticle(t.db, deskUser, { title: 'Unlocking an account' });
    await linkArticleToRequest({ db: t.db, actor: deskUser, articleId: article.id, requestId: duplicate.id });
    const [topic] = await t.db
      .insert(communityTopics)
      .values({ title: 'Locked out after reset', body: 'Anyone else?', category: 'cp', requestId: duplicate.id })
      .returning();

    const merged = await coordinator.post(`/api/requests/${survivor.reference}/merge`, {
      duplicateRequestId: duplicate.reference,
      reason: 'Same caller, same problem',
    });
    expect(merged.statusCode).toBe(200);
    const body = merged.json() as THelpRequest;
    expect(body.mergedFrom).toEqual([{ id: duplicate.id, reference: duplicate.reference }]);
    expect(body.attachments.map((a) => a.fileName)).toEqual(['error.png']);
    const download = await coordinator.get(`/api/requests/${survivor.id}/attachments/${upload.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(Buffer.compare(download.rawPayload, png)).toBe(0);

    const gone = (await coordinator.get(`/api/requests/${duplicate.id}`)).json() as THelpRequest;
    expect(gone).toMatchObject({ status: 'closed', mergedInto: { id: survivor.id, reference: survivor.reference } });
    expect(gone.abilities).toMatchObject({ changeStatus: false, edit: false, escalate: false, comment: true });
    expect(gone.attachments).toHaveLength(1);
    expect((await coordinator.patch(`/api/requests/${duplicate.id}`, { status: 'in_progress' })).statusCode).toBe(403);

    const events = await timelineOf(coordinator, survivor.id);
    const fromDuplicate = events.filter((e) => e.origin);
    expect(fromDuplicate.every((e) => e.origin?.reference === duplicate.reference)).toBe(true);
    expect(fromDuplicate.map((e) => e.type)).toEqual(
      expect.arrayContaining(['created', 'comment', 'attachment_added', 'escalated', 'kb_article_linked', 'merged_into']),
    );
    expect(fromDuplicate.find((e) => e.type === 'comment')?.body).toBe('Reporter called again');
    const own = events.filter((e) => !e.origin).map((e) => e.type);
    expect(own).toEqual(['created', 'merged_from']);
    expect(events.find((e) => e.type === 'merged_from')).toMatchObject({
      body: 'Same caller, same problem',
      data: { reference: duplicate.reference, attachments: 1, kbArticles: 1, communityTopicId: topic.id },
    });
    // The duplicate's own timeline still reads on its own.
    expect((await timelineOf(coordinator, duplicate.id)).map((e) => e.type).at(-1)).toBe('merged_into');

    const articles = (await coordinator.get(`/api/requests/${survivor.id}/kb-articles`)).json();
    expect(JSON.stringify(articles)).toContain(article.id);
    const [moved] = await t.db.select().from(communityTopics).where(eq(communityTopics.id, topic.id));
    expect(moved.requestId).toBe(survivor.id);
  });

  it('refuses nonsense with a clear error', async () => {
    const a = await logAt(sle.id, 'Sync stops at 80 percent');
    const b = await logAt(sle.id, 'Sync stops at 80%');
    const c = await logAt(sle.id, 'Sync stops at eighty percent');
    const same = await coordinator.post(`/api/requests/${a.id}/merge`, { duplicateRequestId: a.reference });
    expect(same.statusCode).toBe(422);
    expect(same.json().errors).toEqual([{ field: 'duplicateRequestId', message: 'is the request being kept' }]);
    expect((await coordinator.post(`/api/requests/${a.id}/merge`, {})).json().errors[0].field).toBe('duplicateRequestId');

    expect((await coordinator.post(`/api/requests/${a.id}/merge`, { duplicateRequestId: b.id })).statusCode).toBe(200);
    const again = await coordinator.post(`/api/requests/${c.id}/merge`, { duplicateRequestId: b.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail ?? again.json().title).toMatch(/already merged/);
    const intoMerged = await coordinator.post(`/api/requests/${b.id}/merge`, { duplicateRequestId: c.id });
    expect(intoMerged.statusCode).toBe(409);
    expect(intoMerged.json().errors[0].field).toBe('id');

    const missing = await coordinator.post(`/api/requests/${a.id}/merge`, { duplicateRequestId: 'SLE-9999' });
    expect(missing.statusCode).toBe(404);
  });

  it('keeps a level-3 request: it may survive, but not be merged away', async () => {
    const atVendor = await logAt(sle.id, 'Referral form crashes on save');
    await escalateRequest({ db: t.db, actor: siteAdmin, id: atVendor.id, input: { toLevel: 2, reason: 'r', tried: 't' } });
    await escalateRequest({
      db: t.db,
      actor: deskUser,
      id: atVendor.id,
      input: { toLevel: 3, reason: 'Needs a fix', tried: 'Reproduced it', dossier: completeDossier(sle.id) },
    });
    const plain = await logAt(sle.id, 'Referral form crashes when saving');
    const refused = await desk.post(`/api/requests/${plain.id}/merge`, { duplicateRequestId: atVendor.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors[0].message).toMatch(/level 3.*keep it as the surviving request/);
    expect((await desk.post(`/api/requests/${atVendor.id}/merge`, { duplicateRequestId: plain.id })).statusCode).toBe(200);
  });

  it('lets only the help desk and admins merge across sites', async () => {
    const here = await logAt(sle.id, 'Dashboard shows zero cases');
    const there = await logAt(jor.id, 'Dashboard shows zero cases');
    const crossSite = await coordinator.post(`/api/requests/${here.id}/merge`, { duplicateRequestId: there.id });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().detail ?? crossSite.json().title).toMatch(/different sites/);
    expect((await desk.post(`/api/requests/${here.id}/merge`, { duplicateRequestId: there.id })).statusCode).toBe(200);
  });
});
