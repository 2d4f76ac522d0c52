import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TKbArticle } from '../../shared/kb-schemas.ts';
import type { Actor } from '../policies/actor.ts';
import { buildUser } from '../test/factories.ts';
import { buildArticle } from '../test/kb-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

let t: TestApp;
let helpDesk: Actor & { password: string };
let writer: TestClient; // help desk
let coordinator: TestClient;
let siteAdmin: TestClient;
let reporter: TestClient;

const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001',
  'hex',
);
const multipart = (fileName: string, bytes: Buffer) => ({
  headers: { 'content-type': 'multipart/form-data; boundary=xx' },
  payload: Buffer.concat([
    Buffer.from(`--xx\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n\r\n`),
    bytes,
    Buffer.from('\r\n--xx--\r\n'),
  ]),
});

async function create(client: TestClient, body: Record<string, unknown>): Promise<TKbArticle> {
  const response = await client.post('/api/kb/articles', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

beforeAll(async () => {
  t = await createTestApp();
  helpDesk = await buildUser(t.db, 'help_desk');
  const coordinatorUser = await buildUser(t.db, 'coordinator');
  const siteAdminUser = await buildUser(t.db, 'site_admin');
  const reporterAccount = await buildUser(t.db, 'reporter');
  writer = await t.login(helpDesk.email, helpDesk.password);
  coordinator = await t.login(coordinatorUser.email, coordinatorUser.password);
  siteAdmin = await t.login(siteAdminUser.email, siteAdminUser.password);
  reporter = await t.login(reporterAccount.email, reporterAccount.password);
});
afterAll(() => t?.close());

describe('[KB]: articles', () => {
  it('creates a draft at revision 1 with the body rendered and sanitised on the server', async () => {
    const article = await create(writer, {
      title: '  Reset a password  ',
      body: '## Steps\n\n1. Open **Users**\n2. <script>alert(1)</script>',
      module: 'cp',
      tags: ['Password', 'access', 'password'],
      language: 'en',
    });
    expect(article).toMatchObject({
      title: 'Reset a password',
      status: 'draft',
      revision: 1,
      module: 'cp',
      tags: ['password', 'access'],
      language: 'en',
      authorId: helpDesk.id,
      authorName: helpDesk.name,
      helpfulCount: 0,
      notHelpfulCount: 0,
      viewCount: 0,
      publishedAt: null,
      myVote: null,
      attachments: [],
      linkedRequests: [],
      abilities: { edit: true, publish: true, unpublish: false, archive: true, vote: false, uploadAttachment: true },
    });
    expect(article.bodyHtml).toBe(
      '<h3>Steps</h3>\n<ol>\n<li>Open <strong>Users</strong></li>\n<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>\n</ol>',
    );
    expect(article.excerpt).toBe('Steps Open Users <script>alert(1)</script>');
  });

  it('appends a revision on every save that changes something, and diffs any two revisions', async () => {
    const article = await create(writer, { title: 'Sync offline cases', body: 'Step one\nStep two\nStep three' });
    const first = await writer.patch(`/api/kb/articles/${article.id}`, {
      body: 'Step one\nStep 2\nStep three\nStep four',
      note: 'Clearer steps',
      baseRevision: 1,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().revision).toBe(2);
    const second = await coordinator.patch(`/api/kb/articles/${article.id}`, {
      title: 'Sync cases made offline',
      tags: ['sync'],
    });
    expect(second.json()).toMatchObject({ revision: 3, title: 'Sync cases made offline', tags: ['sync'] });

    const unchanged = await writer.patch(`/api/kb/articles/${article.id}`, { title: 'Sync cases made offline' });
    expect(unchanged.json().revision).toBe(3);

    const stale = await writer.patch(`/api/kb/articles/${article.id}`, { body: 'lost update', baseRevision: 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(stale.json().errors).toEqual([{ field: 'baseRevision', message: 'is 2, but the article is at revision 3' }]);

    expect((await reporter.get(`/api/kb/articles/${article.id}/revisions`)).statusCode).toBe(404);
    const listed = await writer.get(`/api/kb/articles/${article.id}/revisions`);
    expect(listed.json().items.map((item: { revision: number; note: string | null }) => [item.revision, item.note])).toEqual([
      [3, null],
      [2, 'Clearer steps'],
      [1, null],
    ]);
    expect(listed.json().items[0].editorName).toBeTruthy();

    const diff = (await writer.get(`/api/kb/articles/${article.id}/diff?from=1&to=3`)).json();
    expect(diff.lines.map((line: { kind: string; text: string }) => `${line.kind}:${line.text}`)).toEqual([
      'same:Step one',
      'removed:Step two',
      'added:Step 2',
      'same:Step three',
      'added:Step four',
    ]);
    expect(diff).toMatchObject({ added: 2, removed: 1, from: { revision: 1 }, to: { revision: 3 } });
    expect(diff.title.map((line: { kind: string }) => line.kind)).toEqual(['removed', 'added']);

    const missing = await writer.get(`/api/kb/articles/${article.id}/diff?from=1&to=9`);
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors).toEqual([{ field: 'to', message: 'must be a revision of this article (1 to 3)' }]);
  });

  it('counts helpful votes, one per person, which they may change', async () => {
    const { id } = await buildArticle(t.db, helpDesk, { isPublished: true });
    const vote = (client: TestClient, helpful: boolean) => client.post(`/api/kb/articles/${id}/vote`, { helpful });
    const counts = (article: TKbArticle) => [article.helpfulCount, article.notHelpfulCount, article.myVote];

    expect(counts((await vote(reporter, true)).json())).toEqual([1, 0, 'helpful']);
    expect(counts((await vote(reporter, true)).json())).toEqual([1, 0, 'helpful']);
    expect(counts((await vote(reporter, false)).json())).toEqual([0, 1, 'not_helpful']);
    expect(counts((await vote(siteAdmin, true)).json())).toEqual([1, 1, 'helpful']);
    expect(counts((await vote(coordinator, false)).json())).toEqual([1, 2, 'not_helpful']);
    expect(counts((await vote(reporter, true)).json())).toEqual([2, 1, 'helpful']);
    const seen = (await siteAdmin.get(`/api/kb/articles/${id}`)).json();
    expect(counts(seen)).toEqual([2, 1, 'helpful']);

    const draft = await create(writer, { title: 'Not yet', body: 'x' });
    const onDraft = await writer.post(`/api/kb/articles/${draft.id}/vote`, { helpful: true });
    expect(onDraft.statusCode).toBe(409);
  });

  it('counts a view each time someone other than the author opens a published article', async () => {
    const { id } = await buildArticle(t.db, helpDesk, { isPublished: true });
    expect((await writer.get(`/api/kb/articles/${id}`)).json().viewCount).toBe(0);
    expect((await reporter.get(`/api/kb/articles/${id}`)).json().viewCount).toBe(1);
    expect((await coordinator.get(`/api/kb/articles/${id}`)).json().viewCount).toBe(2);
    expect((await writer.get(`/api/kb/articles/${id}`)).json().viewCount).toBe(2);
    // The editor opens the article with countView=false.
    expect((await coordinator.get(`/api/kb/articles/${id}?countView=false`)).json().viewCount).toBe(2);
    expect((await coordinator.get(`/api/kb/articles/${id}`)).json().viewCount).toBe(3);
    const draft = await buildArticle(t.db, helpDesk, { isPublished: false });
    await coordinator.get(`/api/kb/articles/${draft.id}`);
    expect((await writer.get(`/api/kb/articles/${draft.id}`)).json().viewCount).toBe(0);
  });

  it('publishes, unpublishes and archives; archived articles leave every reader’s list', async () => {
    const article = await create(writer, { title: 'Lifecycle', body: 'x' });
    const published = (await writer.post(`/api/kb/articles/${article.id}/publish`)).json();
    expect(published.status).toBe('published');
    expect(published.publishedAt).toBeTruthy();
    expect((await writer.post(`/api/kb/articles/${article.id}/publish`)).statusCode).toBe(409);
    expect((await reporter.get(`/api/kb/articles/${article.id}`)).statusCode).toBe(200);

    expect((await writer.post(`/api/kb/articles/${article.id}/unpublish`)).json().status).toBe('draft');
    expect((await reporter.get(`/api/kb/articles/${article.id}`)).statusCode).toBe(404);

    await writer.post(`/api/kb/articles/${article.id}/publish`);
    const archived = await writer.request({ method: 'DELETE', url: `/api/kb/articles/${article.id}` });
    expect(archived.json().status).toBe('archived');
    expect((await reporter.get(`/api/kb/articles/${article.id}`)).statusCode).toBe(404);
    const ids = async (client: TestClient, query = '') =>
      (await client.get(`/api/kb/articles?limit=100${query}`)).json().items.map((item: { id: string }) => item.id);
    expect(await ids(writer)).not.toContain(article.id);
    expect(await ids(writer, '&status=archived')).toContain(article.id);
    expect(await ids(reporter, '&status=archived')).toEqual([]);
  });

  it('lists what the reader may read, filtered, most recently updated first, page by page', async () => {
    const author = await buildUser(t.db, 'coordinator');
    const at = (minutes: number) => new Date(Date.UTC(2031, 0, 1, 0, minutes));
    const tag = `tag-${Date.now()}`;
    const made = [
      await buildArticle(t.db, author, {
        title: 'Sincronización offline',
        language: 'es',
        module: 'cp',
        tags: [tag],
        now: at(1),
      }),
      await buildArticle(t.db, author, { title: 'Mot de passe oublié', language: 'fr', module: null, tags: [tag], now: at(2) }),
      await buildArticle(t.db, author, { title: 'GBV incident forms', module: 'gbv', tags: [tag, 'forms'], now: at(3) }),
      await buildArticle(t.db, author, { title: 'Unsubmitted 100%_ changes', module: 'cp', tags: [tag], now: at(4) }),
      await buildArticle(t.db, author, { title: 'Draft only', isPublished: false, tags: [tag], now: at(5) }),
    ];
    const titles = async (client: TestClient, query: string) =>
      (await client.get(`/api/kb/articles?tag=${tag}${query}`)).json().items.map((item: { title: string }) => item.title);

    expect(await titles(reporter, '')).toEqual([
      'Unsubmitted 100%_ changes',
      'GBV incident forms',
      'Mot de passe oublié',
      'Sincronización offline',
    ]);
    expect(await titles(writer, '')).toHaveLength(5);
    expect(await titles(writer, '&status=draft')).toEqual(['Draft only']);
    expect(await titles(reporter, '&status=draft')).toEqual([]);
    expect(await titles(reporter, '&module=cp')).toEqual([
      'Unsubmitted 100%_ changes',
      'Mot de passe oublié',
      'Sincronización offline',
    ]);
    expect(await titles(reporter, '&language=fr')).toEqual(['Mot de passe oublié']);
    expect(await titles(reporter, '&q=INCIDENT')).toEqual(['GBV incident forms']);
    expect(await titles(reporter, `&q=${encodeURIComponent('100%_')}`)).toEqual(['Unsubmitted 100%_ changes']);
    expect(await titles(reporter, '&q=100%25x')).toEqual([]);

    const first = (await reporter.get(`/api/kb/articles?tag=${tag}&limit=3`)).json();
    expect(first.total).toBe(4);
    expect(first.items).toHaveLength(3);
    const second = (await reporter.get(`/api/kb/articles?tag=${tag}&limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((item: { id: string }) => item.id)).toEqual([made[0].id]);
    expect(second.nextCursor).toBeNull();
  });

  it('stores images and PDFs for an article; readers of the article may download them', async () => {
    const { id } = await buildArticle(t.db, helpDesk, { isPublished: true });
    const uploaded = await writer.request({
      method: 'POST',
      url: `/api/kb/articles/${id}/attachments`,
      ...multipart('screen.png', png),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const attachment = uploaded.json();
    expect(attachment).toMatchObject({
      fileName: 'screen.png',
      contentType: 'image/png',
      url: `/api/kb/articles/${id}/attachments/${attachment.id}`,
    });

    const downloaded = await reporter.get(attachment.url);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.headers['content-type']).toBe('image/png');
    expect(downloaded.headers['x-content-type-options']).toBe('nosniff');
    expect(downloaded.rawPayload.equals(png)).toBe(true);
    expect((await reporter.get(`/api/kb/articles/${id}`)).json().attachments).toHaveLength(1);

    const text = await writer.request({
      method: 'POST',
      url: `/api/kb/articles/${id}/attachments`,
      ...multipart('x.png', Buffer.from('<svg onload=alert(1)>')),
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().errors[0].field).toBe('file');

    const draft = await buildArticle(t.db, helpDesk, { isPublished: false });
    const hidden = await writer.request({
      method: 'POST',
      url: `/api/kb/articles/${draft.id}/attachments`,
      ...multipart('a.png', png),
    });
    expect((await reporter.get(hidden.json().url)).statusCode).toBe(404);
  });

  it('renders a preview exactly as the article page will', async () => {
    const response = await siteAdmin.post('/api/kb/render', { body: '[x](javascript:alert(1)) **ok**' });
    expect(response.json()).toEqual({ html: '<p>x <strong>ok</strong></p>' });
  });

  it('answers bad input with problem+json, field by field', async () => {
    const problem = async (response: Awaited<ReturnType<TestClient['get']>>, status: number) => {
      expect(response.statusCode, response.body).toBe(status);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      return response.json();
    };
    const noTitle = await problem(await writer.post('/api/kb/articles', { title: '   ', body: 'x' }), 400);
    expect(noTitle.errors).toEqual([{ field: 'title', message: 'is required' }]);

    const bad = await problem(
      await writer.post('/api/kb/articles', {
        title: 'x',
        module: 'hr',
        language: 'english!',
        tags: Array.from({ length: 21 }, (_, i) => `t${i}`),
        body: 'x'.repeat(100_001),
      }),
      400,
    );
    expect(bad.errors.map((error: { field: string }) => error.field).sort()).toEqual(['body', 'language', 'module', 'tags']);

    expect(
      (await problem(await writer.patch(`/api/kb/articles/${(await create(writer, { title: 'y' })).id}`, {}), 400)).detail,
    ).toMatch(/nothing to change/);
    await problem(await writer.get('/api/kb/articles/not-a-uuid'), 400);
    await problem(await writer.get('/api/kb/articles/00000000-0000-4000-8000-000000000000'), 404);
    const cursor = await problem(await writer.get('/api/kb/articles?cursor=nonsense'), 422);
    expect(cursor.errors).toEqual([{ field: 'cursor', message: 'is invalid' }]);
    await problem(await writer.get('/api/kb/articles?status=deleted'), 400);
    await problem(await writer.get(`/api/kb/articles/${(await create(writer, { title: 'z' })).id}/diff?from=0&to=x`), 400);
    const vote = await problem(
      await reporter.post(`/api/kb/articles/${(await buildArticle(t.db, helpDesk)).id}/vote`, { helpful: 'yes' }),
      400,
    );
    expect(vote.errors[0].field).toBe('helpful');
    await problem(await reporter.post('/api/kb/articles', { title: 'x' }), 403);
    await problem(await t.anonymous().get('/api/kb/articles'), 401);
    const noFile = await problem(
      await writer.post(`/api/kb/articles/${(await buildArticle(t.db, helpDesk)).id}/attachments`, {}),
      422,
    );
    expect(noFile.errors).toEqual([{ field: 'file', message: 'is required' }]);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await reporter.get('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/kb/articles',
        '/api/kb/articles/{id}',
        '/api/kb/articles/{id}/diff',
        '/api/requests/{id}/kb-article',
        '/api/requests/{id}/kb-articles',
      ]),
    );
  });
});
