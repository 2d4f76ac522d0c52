import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../shared/schemas.ts';
import { redactSensitiveData } from '../../shared/sensitive-data.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser } from '../test/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';

let t: TestApp;
let site: TSite;
let reporter: Actor;
let coordinator: TestClient;

const LEAKY = {
  summary: 'Case CP-2024-00731 cannot be transferred',
  description:
    'Caseworker called from +232 76 551 234. The child, born 12/03/2015, is in case CP-2024-00731. ' +
    'Mother wrote from amina.family@gmail.com; our focal point is focal.point@test.example.org.',
};

beforeAll(async () => {
  t = await createTestApp();
  site = await buildSite(t.db);
  reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
  const coordinatorUser = await buildUser(t.db, 'coordinator', { siteIds: [site.id] });
  coordinator = await t.login(coordinatorUser.email, coordinatorUser.password);
});
afterAll(() => t?.close());

describe('[COMMUNITY]: the sensitive-data guard before a request becomes a topic', () => {
  it('shows the draft with each finding, staff addresses excepted', async () => {
    const request = await buildRequest(t.db, reporter, { siteId: site.id, ...LEAKY });
    const draft = (await coordinator.get(`/api/requests/${request.id}/community-topic/draft`)).json();
    expect(draft).toMatchObject({ title: LEAKY.summary, body: LEAKY.description, category: 'cp' });
    expect(draft.staffEmailDomains).toContain('test.example.org');
    const found = draft.findings.map((finding: { field: string; kind: string }) => `${finding.field}:${finding.kind}`);
    expect(found).toEqual(['title:case_id', 'body:phone', 'body:date_of_birth', 'body:case_id', 'body:email']);
    expect(JSON.stringify(draft.findings)).not.toContain('focal.point');
  });

  it('answers 422 listing the findings, stores nothing, then accepts the redacted text and records what kinds went', async () => {
    const request = await buildRequest(t.db, reporter, { siteId: site.id, ...LEAKY });
    const refused = await coordinator.post(`/api/requests/${request.id}/community-topic`, {});
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const errors = refused.json().errors as { field: string; message: string }[];
    expect(errors.map((error) => error.field)).toEqual(['title', 'body', 'body', 'body', 'body']);
    expect(errors[1].message).toContain('phone number');
    expect(refused.json().findings[1]).toMatchObject({ field: 'body', kind: 'phone', text: '+232 76 551 234' });
    expect((await coordinator.get(`/api/requests/${request.id}/community-topic`)).json().topic).toBeNull();

    const draft = (await coordinator.get(`/api/requests/${request.id}/community-topic/draft`)).json();
    type Finding = { field: 'title' | 'body'; kind: string; text: string; start: number; end: number };
    const only = (field: string) => draft.findings.filter((finding: Finding) => finding.field === field);
    const title = redactSensitiveData(draft.title, only('title'));
    const body = redactSensitiveData(draft.body, only('body'));
    const opened = await coordinator.post(`/api/requests/${request.id}/community-topic`, { title, body, confirmRedaction: true });
    expect(opened.statusCode).toBe(201);
    expect(opened.json().title).toBe('Case [case id removed] cannot be transferred');
    expect(opened.json().body).not.toContain('551 234');

    const events = (await coordinator.get(`/api/requests/${request.id}/timeline`)).json().events;
    const redacted = events.find((event: { type: string }) => event.type === 'redacted');
    expect(redacted.data).toMatchObject({
      target: 'community_topic',
      topicId: opened.json().id,
      kinds: ['case_id', 'date_of_birth', 'email', 'phone'],
      counts: { case_id: 2, date_of_birth: 1, email: 1, phone: 1 },
    });
    expect(redacted.body).toBeNull();
    const recorded = JSON.stringify(redacted);
    for (const secret of ['CP-2024-00731', '551 234', '12/03/2015', 'amina.family']) expect(recorded).not.toContain(secret);
    expect(events.at(-1).type).toBe('community_topic_opened');
  });

  it('accepts text the user edited clean without confirming, and text confirmed as it is', async () => {
    const edited = await buildRequest(t.db, reporter, { siteId: site.id, ...LEAKY });
    const clean = await coordinator.post(`/api/requests/${edited.id}/community-topic`, {
      title: 'A case cannot be transferred',
      body: 'Transfers fail for one case since the upgrade.',
    });
    expect(clean.statusCode).toBe(201);
    const kept = await buildRequest(t.db, reporter, {
      siteId: site.id,
      summary: 'Version question',
      description: 'Is 2.11.3.10000 the latest build?',
    });
    const asIs = await coordinator.post(`/api/requests/${kept.id}/community-topic`, { confirmRedaction: true });
    expect(asIs.statusCode).toBe(201);
    const events = (await coordinator.get(`/api/requests/${kept.id}/timeline`)).json().events;
    expect(events.some((event: { type: string }) => event.type === 'redacted')).toBe(false);
  });

  it('rejects bad input field by field with problem+json', async () => {
    const request = await buildRequest(t.db, reporter, { siteId: site.id });
    const response = await coordinator.post(`/api/requests/${request.id}/community-topic`, {
      title: '  ',
      category: 'weather',
      confirmRedaction: 'yes',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const fields = response.json().errors.map((error: { field: string }) => error.field);
    expect(fields.sort()).toEqual(['category', 'confirmRedaction', 'title']);
  });
});
