import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import type { TSearchResponse } from '../../shared/search-schemas.ts';
import { communityTopics, kbArticles } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { addComment } from '../requests/add-comment.ts';
import { updateRequest } from '../requests/update-request.ts';
import { buildRequest, buildSite, buildUser } from '../test/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

let t: TestApp;
let siteA: TSite;
let siteB: TSite;
let adminA: Actor & { password: string };
let helpDesk: TestClient;
const articles: Record<string, string> = {};

const ARTICLES = [
  {
    key: 'password',
    title: 'How to reset a user’s password',
    body: 'An administrator opens Users, chooses the account and sets a temporary password the user must change at next login.',
    language: 'en',
    module: null,
  },
  {
    key: 'sync',
    title: 'Unsubmitted Offline Changes after sync',
    body: 'When a tablet shows Unsubmitted Offline Changes, keep it online and open the case list to retry synchronisation.',
    language: 'en',
    module: 'cp',
  },
  {
    key: 'sync-fr',
    title: 'Synchronisation hors ligne des tablettes',
    body: 'Les modifications non envoyées restent sur la tablette jusqu’à la prochaine synchronisation réussie.',
    language: 'fr',
    module: 'cp',
  },
  {
    key: 'referral-fr',
    title: 'Référencements qui n’arrivent pas',
    body: 'Vérifiez que le service de référencement est actif pour l’agence destinataire.',
    language: 'fr',
    module: 'cp',
  },
  {
    key: 'export-es',
    title: 'Exportación de casos a Excel',
    body: 'La exportación de más de 5.000 casos se hace en segundo plano; recibirá un enlace.',
    language: 'es',
    module: 'gbv',
  },
  {
    key: 'password-ar',
    title: 'إعادة تعيين كلمة المرور',
    body: 'يقوم مدير النظام بتعيين كلمة مرور مؤقتة للمستخدم من صفحة المستخدمين.',
    language: 'ar',
    module: null,
  },
  {
    key: 'roles-pt',
    title: 'Perfis e permissões dos utilizadores',
    body: 'Cada utilizador tem um perfil que define o acesso aos casos e às referências.',
    language: 'pt',
    module: 'cp',
  },
  {
    key: 'browser',
    title: 'Supported browsers',
    body: 'Primero supports current Chrome, Firefox and Edge; Internet Explorer is not supported.',
    language: 'en',
    module: null,
  },
];

beforeAll(async () => {
  t = await createTestApp();
  siteA = await buildSite(t.db, { code: 'SLE' });
  siteB = await buildSite(t.db, { code: 'JOR', modules: ['gbv'] });
  adminA = await buildUser(t.db, 'site_admin', { siteIds: [siteA.id] });
  const desk = await buildUser(t.db, 'help_desk');
  helpDesk = await t.login(desk.email, desk.password);
  for (const article of ARTICLES) {
    const [row] = await t.db
      .insert(kbArticles)
      .values({
        title: article.title,
        body: article.body,
        language: article.language,
        module: article.module,
        status: 'published',
      })
      .returning({ id: kbArticles.id });
    articles[article.key] = row.id;
  }
  await t.db
    .insert(kbArticles)
    .values({ title: 'Draft: password policy changes', body: 'Not yet published password policy.', status: 'draft' });
  await t.db.insert(communityTopics).values({
    title: 'Tablets stuck syncing in Bo district',
    body: 'Since the update, offline sync never finishes.',
    category: 'cp',
  });
});
afterAll(() => t?.close());

const search = async (client: TestClient, qs: string): Promise<TSearchResponse> => {
  const response = await client.get(`/api/search?${qs}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const topIds = (result: TSearchResponse, n = 3) => result.items.slice(0, n).map((item) => item.id);

describe('[SEARCH]: relevance', () => {
  const cases: [string, string][] = [
    ['password reset', 'password'],
    ['pasword resett', 'password'], // misspelled
    ['unsubmitted offline changes', 'sync'],
    ['synchronisation hors ligne', 'sync-fr'],
    ['referencement agence', 'referral-fr'], // no accents, French stemming
    ['exportacion excel', 'export-es'],
    ['كلمة المرور', 'password-ar'],
    ['permissoes perfis', 'roles-pt'],
    ['internet explorer', 'browser'],
    ['browsr', 'browser'], // misspelled single word
  ];
  for (const [query, expected] of cases) {
    it(`finds “${expected}” in the top 3 for “${query}”`, async () => {
      const result = await search(helpDesk, `q=${encodeURIComponent(query)}&type=article`);
      expect(topIds(result)).toContain(articles[expected]);
    });
  }

  it('highlights the matched words in a plain-text snippet and counts facets', async () => {
    const result = await search(helpDesk, 'q=temporary%20password');
    const hit = result.items.find((item) => item.id === articles.password);
    expect(hit?.snippet.some((part) => part.isMatch && /password|temporary/i.test(part.text))).toBe(true);
    expect(hit?.path).toBe(`/kb/${articles.password}`);
    expect(result.facets.type.article).toBeGreaterThanOrEqual(1);
    expect(result.facets.language.en).toBeGreaterThanOrEqual(1);
  });

  it('corrects misspelled words against title words, says so, and leaves known words alone', async () => {
    const corrected = await search(helpDesk, 'q=pasword%20resett');
    expect(corrected.correctedQuery).toBe('password reset');
    expect((await search(helpDesk, 'q=password%20reset')).correctedQuery).toBeUndefined();
    const nothingClose = await search(helpDesk, 'q=xylophone');
    expect(nothingClose.items).toEqual([]);
    expect(nothingClose.correctedQuery).toBeUndefined();
  });

  it('answers a problem for an empty query', async () => {
    const response = await helpDesk.get('/api/search?q=');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('q');
  });
});

describe('[SEARCH]: scope', () => {
  it('never returns out-of-scope requests, internal notes to reporters, or drafts to readers', async () => {
    const reporter = await buildUser(t.db, 'reporter', { siteIds: [siteA.id] });
    const request = await buildRequest(t.db, reporter, { siteId: siteA.id, summary: 'Kailahun tablets cannot log in' });
    await addComment({ db: t.db, actor: adminA, id: request.id, body: 'zebracrossing secret note', isInternal: true });
    await addComment({ db: t.db, actor: adminA, id: request.id, body: 'public giraffe remark', isInternal: false });
    const otherAdmin = await buildUser(t.db, 'site_admin', { siteIds: [siteB.id] });
    const clients = {
      reporter: await t.login(reporter.email, reporter.password),
      siteAdmin: await t.login(adminA.email, adminA.password),
      otherSiteAdmin: await t.login(otherAdmin.email, otherAdmin.password),
    };
    const ids = async (client: TestClient, q: string) => (await search(client, `q=${q}`)).items.map((item) => item.id);
    expect(await ids(clients.siteAdmin, 'Kailahun')).toContain(request.id);
    expect(await ids(clients.otherSiteAdmin, 'Kailahun')).not.toContain(request.id);
    expect(await ids(clients.siteAdmin, 'zebracrossing')).toContain(request.id);
    expect(await ids(clients.reporter, 'zebracrossing')).not.toContain(request.id);
    expect(await ids(clients.reporter, 'giraffe')).toContain(request.id);
    expect((await search(clients.reporter, 'q=password%20policy')).items.some((item) => item.title.startsWith('Draft'))).toBe(
      false,
    );
    expect((await search(helpDesk, 'q=password%20policy')).items.some((item) => item.title.startsWith('Draft'))).toBe(true);
    expect((await search(clients.otherSiteAdmin, 'q=Kailahun')).facets.site.SLE).toBeUndefined();
  });

  it('suggests articles, solved requests and topics while typing, and counts deflection per site', async () => {
    const solved = await buildRequest(t.db, adminA, { siteId: siteA.id, summary: 'Offline sync stuck on tablet' });
    const stillOpen = await buildRequest(t.db, adminA, { siteId: siteA.id, summary: 'Offline sync stuck on laptop' });
    await updateRequest({
      db: t.db,
      actor: adminA,
      id: solved.id,
      input: { status: 'resolved', resolutionSummary: 'Kept it online' },
    });
    const client = await t.login(adminA.email, adminA.password);
    const suggestions = (await client.get('/api/search/suggestions?q=offline%20sync&module=cp')).json();
    expect(suggestions.articles.map((a: { id: string }) => a.id)).toContain(articles.sync);
    expect(suggestions.requests.map((r: { id: string }) => r.id)).toContain(solved.id);
    expect(suggestions.requests.map((r: { id: string }) => r.id)).not.toContain(stillOpen.id);
    expect(suggestions.topics).toHaveLength(1);
    const sentence = (await client.get('/api/search/suggestions?q=password%20reset%20for%20caseworker%20Kamara')).json();
    expect(sentence.articles[0].id).toBe(articles.password);
    expect((await client.get('/api/search/suggestions?q=of')).statusCode).toBe(400);

    const deflected = await buildRequest(t.db, adminA, { siteId: siteA.id, summary: 'Password reset needed' });
    const opened = await client.post(`/api/requests/${deflected.id}/suggestion-opens`, {
      opens: [{ type: 'article', id: articles.password }],
    });
    expect(opened.statusCode).toBe(201);
    const before = (await client.get('/api/stats/deflection'))
      .json()
      .sites.find((s: { siteCode: string }) => s.siteCode === 'SLE');
    expect(before).toMatchObject({ withSuggestionsOpened: 1, deflected: 0, rate: 0 });
    await updateRequest({
      db: t.db,
      actor: adminA,
      id: deflected.id,
      input: { status: 'resolved', resolutionSummary: 'Used the article' },
    });
    const after = (await client.get('/api/stats/deflection')).json().sites;
    expect(after.find((s: { siteCode: string }) => s.siteCode === 'SLE')).toMatchObject({ deflected: 1, rate: 1 });
    expect(after.map((s: { siteCode: string }) => s.siteCode)).toEqual(['SLE']); // a site admin sees their site only
  });
});
