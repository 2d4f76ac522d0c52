import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TKbFinding } from '../../shared/kb-schemas.ts';
import type { TSite } from '../../shared/schemas.ts';
import { redactSensitiveData } from '../../shared/sensitive-data.ts';
import { kbArticles, timelineEvents } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser } from '../test/factories.ts';
import { buildArticle, buildResolvedRequest } from '../test/kb-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

let t: TestApp;
let site: TSite;
let otherSite: TSite;
let helpDesk: Actor & { password: string };
let reporterUser: Actor & { password: string };
let coordinator: TestClient;
let siteAdmin: TestClient;
let otherSiteAdmin: TestClient;
let reporter: TestClient;

const SENSITIVE_DESCRIPTION =
  'Caseworker cw.ab12 cannot open case CP-2023-00042 for a girl born 12/03/2012. Her mother called from +232 76 555 123 ' +
  'and wrote from mariama.k@gmail.com. Staff contact: coordinator@test.example.org.';

const eventsOf = (requestId: string) => t.db.select().from(timelineEvents).where(eq(timelineEvents.requestId, requestId));

beforeAll(async () => {
  t = await createTestApp();
  site = await buildSite(t.db);
  otherSite = await buildSite(t.db);
  helpDesk = await buildUser(t.db, 'help_desk');
  reporterUser = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
  const coordinatorUser = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
  const siteAdminUser = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  const otherSiteAdminUser = await buildUser(t.db, 'site_admin', { siteIds: [otherSite.id] });
  coordinator = await t.login(coordinatorUser.email, coordinatorUser.password);
  siteAdmin = await t.login(siteAdminUser.email, siteAdminUser.password);
  otherSiteAdmin = await t.login(otherSiteAdminUser.email, otherSiteAdminUser.password);
  reporter = await t.login(reporterUser.email, reporterUser.password);
});
afterAll(() => t?.close());

const resolved = (description: string, overrides: { summary?: string; resolution?: string } = {}) =>
  buildResolvedRequest(t.db, {
    creator: reporterUser,
    resolver: helpDesk,
    siteId: site.id,
    input: {
      summary: overrides.summary ?? 'Tablet stuck on “Unsubmitted Offline Changes”',
      description,
      tags: ['tablet'],
      category: 'sync',
    },
    resolution: overrides.resolution ?? 'Signed in online once, then synced from the menu; the badge cleared.',
  });

describe('[KB]: turn a request into an article', () => {
  it('refuses a request that is not resolved or closed', async () => {
    const open = await buildRequest(t.db, reporterUser, { siteId: site.id });
    const response = await coordinator.post(`/api/requests/${open.id}/kb-article`, {});
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([{ field: 'status', message: 'is new; resolve the request first' }]);
  });

  it('pre-fills a draft from the summary, description and resolution, and links both ways', async () => {
    const request = await resolved('The badge shows 3 records after a day in the field.');
    const response = await coordinator.post(`/api/requests/${request.reference}/kb-article`, {});
    expect(response.statusCode, response.body).toBe(201);
    const article = response.json();
    expect(article).toMatchObject({
      title: 'Tablet stuck on “Unsubmitted Offline Changes”',
      status: 'draft',
      module: 'cp',
      language: 'en',
      tags: ['sync', 'tablet'],
      revision: 1,
      linkedRequests: [{ id: request.id, reference: request.reference, status: 'resolved' }],
    });
    expect(article.body).toBe(
      '## Problem\n\nThe badge shows 3 records after a day in the field.\n\n## Solution\n\nSigned in online once, then synced from the menu; the badge cleared.\n',
    );
    expect(article.bodyHtml).toContain('<h3>Solution</h3>');

    const linked = (await coordinator.get(`/api/requests/${request.id}/kb-articles`)).json();
    expect(linked.items.map((item: { id: string }) => item.id)).toEqual([article.id]);
    expect(linked).toMatchObject({ canTurnIntoArticle: true, canLinkArticle: true });

    const events = await eventsOf(request.id);
    const created = events.find((event) => event.type === 'kb_article_created');
    expect(created).toMatchObject({ isInternal: true, data: { articleId: article.id, title: article.title, keptKinds: [] } });
    expect(events.some((event) => event.type === 'redacted')).toBe(false);

    // The draft and the event about it are for staff: the reporter sees neither.
    expect((await reporter.get(`/api/requests/${request.id}/kb-articles`)).json().items).toEqual([]);
    const reporterTimeline = (await reporter.get(`/api/requests/${request.id}/timeline`)).json().events;
    expect(reporterTimeline.some((event: { type: string }) => event.type === 'kb_article_created')).toBe(false);
    expect((await reporter.get(`/api/requests/${request.id}/kb-articles`)).json()).toMatchObject({
      canTurnIntoArticle: false,
      canLinkArticle: false,
    });
  });

  it('answers 422 with the findings when the text looks like case data, and creates nothing', async () => {
    const request = await resolved(SENSITIVE_DESCRIPTION);
    const before = (await t.db.select().from(kbArticles)).length;
    const response = await siteAdmin.post(`/api/requests/${request.id}/kb-article`, {});
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const problem = response.json();
    const kinds = problem.findings.map((finding: TKbFinding) => finding.kind);
    expect(kinds).toEqual(['case_id', 'date_of_birth', 'phone', 'email']);
    expect(problem.findings.map((finding: TKbFinding) => finding.text)).not.toContain('coordinator@test.example.org');
    for (const finding of problem.findings as TKbFinding[]) {
      expect(problem.draft[finding.field].slice(finding.start, finding.end).trim()).toBe(finding.text);
    }
    expect(problem.errors).toContainEqual({ field: 'body', message: 'looks like a phone number' });
    expect(problem.draft.title).toBe('Tablet stuck on “Unsubmitted Offline Changes”');
    expect((await t.db.select().from(kbArticles)).length).toBe(before);
    expect((await eventsOf(request.id)).some((event) => event.type.startsWith('kb_') || event.type === 'redacted')).toBe(false);

    // Edited by hand but still carrying the phone number, without confirming: still 422.
    const stillThere = await siteAdmin.post(`/api/requests/${request.id}/kb-article`, {
      title: problem.draft.title,
      body: 'Call +232 76 555 123 to check.',
    });
    expect(stillThere.statusCode).toBe(422);
  });

  it('accepts the redacted text and records the redaction as kinds and counts, never the removed text', async () => {
    const request = await resolved(SENSITIVE_DESCRIPTION);
    const problem = (await siteAdmin.post(`/api/requests/${request.id}/kb-article`, {})).json();
    const bodyFindings = problem.findings.filter((finding: TKbFinding) => finding.field === 'body');
    const body = redactSensitiveData(problem.draft.body, bodyFindings);
    expect(body).toContain('[phone removed]');

    const response = await siteAdmin.post(`/api/requests/${request.id}/kb-article`, {
      title: problem.draft.title,
      body,
      confirmRedaction: true,
    });
    expect(response.statusCode, response.body).toBe(201);
    const article = response.json();
    expect(article.status).toBe('draft');
    expect(article.authorId).not.toBe(helpDesk.id);

    const events = await eventsOf(request.id);
    const redacted = events.find((event) => event.type === 'redacted');
    expect(redacted?.data).toEqual({
      target: 'kb_article',
      articleId: article.id,
      kinds: ['case_id', 'date_of_birth', 'email', 'phone'],
      counts: { case_id: 1, date_of_birth: 1, email: 1, phone: 1 },
    });
    const recorded = JSON.stringify(events.filter((event) => event.type !== 'created'));
    for (const removed of ['CP-2023-00042', '+232 76 555 123', 'mariama.k@gmail.com', '12/03/2012']) {
      expect(recorded).not.toContain(removed);
      expect(article.body).not.toContain(removed);
    }
    const timeline = (await siteAdmin.get(`/api/requests/${request.id}/timeline`)).json().events;
    expect(timeline.map((event: { type: string }) => event.type)).toEqual(
      expect.arrayContaining(['redacted', 'kb_article_created']),
    );
  });

  it('lets the person keep what they judge safe, recording the kinds they kept', async () => {
    const request = await resolved('Call the help desk line +44 20 7946 0000 if sync fails again.');
    const response = await coordinator.post(`/api/requests/${request.id}/kb-article`, { confirmRedaction: true });
    expect(response.statusCode).toBe(201);
    expect(response.json().body).toContain('+44 20 7946 0000');
    const events = await eventsOf(request.id);
    expect(events.find((event) => event.type === 'kb_article_created')?.data).toMatchObject({ keptKinds: ['phone'] });
    expect(events.some((event) => event.type === 'redacted')).toBe(false);
  });

  it('links an existing article once ("this article helped"), and shows linked requests only to those who may see them', async () => {
    const article = await buildArticle(t.db, helpDesk, { isPublished: true });
    const request = await buildRequest(t.db, reporterUser, { siteId: site.id });
    const first = await siteAdmin.post(`/api/kb/articles/${article.id}/requests`, { requestId: request.reference });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().items.map((item: { id: string }) => item.id)).toEqual([article.id]);
    const again = await siteAdmin.post(`/api/kb/articles/${article.id}/requests`, { requestId: request.id });
    expect(again.statusCode).toBe(200);
    const linkedEvents = (await eventsOf(request.id)).filter((event) => event.type === 'kb_article_linked');
    expect(linkedEvents).toHaveLength(1);
    expect(linkedEvents[0]).toMatchObject({ isInternal: false, data: { articleId: article.id, title: article.title } });

    // The reporter sees their own request among the article's linked requests; another site's admin does not.
    const seenByReporter = (await reporter.get(`/api/kb/articles/${article.id}`)).json();
    expect(seenByReporter.linkedRequests.map((linked: { reference: string }) => linked.reference)).toEqual([request.reference]);
    expect((await otherSiteAdmin.get(`/api/kb/articles/${article.id}`)).json().linkedRequests).toEqual([]);
    expect((await reporter.get(`/api/requests/${request.id}/kb-articles`)).json().items).toHaveLength(1);

    // A draft the linker cannot read is not theirs to link.
    const draft = await buildArticle(t.db, helpDesk, { isPublished: false });
    expect((await siteAdmin.post(`/api/kb/articles/${draft.id}/requests`, { requestId: request.id })).statusCode).toBe(404);
    const missing = await siteAdmin.post(`/api/kb/articles/${article.id}/requests`, { requestId: 'ZZZ-9999' });
    expect(missing.statusCode).toBe(404);
  });

  it('drafts in the request’s language', async () => {
    const french = await buildSite(t.db, { languages: ['fr'] });
    const coordinatorFr = await buildUser(t.db, 'coordinator', { siteIds: [french.id] });
    const client = await t.login(coordinatorFr.email, coordinatorFr.password);
    const request = await buildResolvedRequest(t.db, {
      creator: coordinatorFr,
      resolver: helpDesk,
      siteId: french.id,
      input: { summary: 'Mot de passe temporaire refusé', description: 'Le mot de passe ne fonctionne pas.' },
      resolution: 'Nouveau mot de passe envoyé.',
    });
    const article = (await client.post(`/api/requests/${request.id}/kb-article`, {})).json();
    expect(article.language).toBe('fr');
    expect(article.body).toMatch(
      /^## Problème\n\nLe mot de passe ne fonctionne pas\.\n\n## Solution\n\nNouveau mot de passe envoyé\.\n$/,
    );
  });
});
