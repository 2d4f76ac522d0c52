import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jiraConnections } from '../db/schema/index.ts';
import { buildUser, buildVendorTeam } from '../test/factories.ts';
import { connectionInput, createJiraWorld, JIRA_TOKEN, type JiraWorld, WEBHOOK_SECRET } from './test/jira-test-setup.ts';

let w: JiraWorld;
beforeAll(async () => {
  w = await createJiraWorld('cloud', { connect: false });
});
afterAll(() => w?.close());

const path = () => `/api/vendor-teams/${w.team.id}/jira`;

describe('[JIRA]: connection settings', () => {
  it('only platform admins read or change a team’s Jira settings', async () => {
    const vendorUser = await buildUser(w.t.db, 'vendor', { vendorTeamId: w.team.id });
    const helpDeskUser = await buildUser(w.t.db, 'help_desk');
    for (const client of [
      w.coordinator,
      w.siteAdmin,
      await w.t.login(vendorUser.email, vendorUser.password),
      await w.t.login(helpDeskUser.email, helpDeskUser.password),
    ]) {
      expect((await client.get(path())).statusCode).toBe(403);
      expect((await client.put(path(), connectionInput('cloud', w.jira.url))).statusCode).toBe(403);
      expect((await client.post(`${path()}/test`, {})).statusCode).toBe(403);
      expect((await client.post(`${path()}/resync`, {})).statusCode).toBe(403);
      expect((await client.get('/api/jira/sync-states')).statusCode).toBe(403);
      expect((await client.request({ method: 'DELETE', url: path() })).statusCode).toBe(403);
    }
    expect((await w.t.anonymous().get(path())).statusCode).toBe(401);
    expect((await w.admin.get(path())).json()).toBeNull();
  });

  it('names each bad or missing field', async () => {
    const bad = await w.admin.put(path(), { ...connectionInput('cloud', 'not a url'), projectKey: 'prim key', authEmail: null });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['baseUrl', 'projectKey']));
    const noEmail = await w.admin.put(path(), { ...connectionInput('cloud', w.jira.url), authEmail: null });
    expect(noEmail.statusCode).toBe(422);
    expect(noEmail.json().errors).toEqual([expect.objectContaining({ field: 'authEmail' })]);
    const { apiToken: _token, ...withoutToken } = connectionInput('service_management', w.jira.url, { serviceDeskId: null });
    const jsm = await w.admin.put(path(), withoutToken);
    expect(jsm.json().errors.map((error: { field: string }) => error.field)).toEqual(['serviceDeskId', 'apiToken']);
    expect(
      (await w.admin.put('/api/vendor-teams/00000000-0000-4000-8000-000000000000/jira', connectionInput('cloud', w.jira.url)))
        .statusCode,
    ).toBe(404);
  });

  it('seals the secrets, never returns them, and keeps them when they are not sent again', async () => {
    const saved = await w.admin.put(path(), connectionInput('cloud', `${w.jira.url}/`));
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      baseUrl: w.jira.url,
      isApiTokenSet: true,
      isWebhookSecretSet: true,
      webhookPath: `/api/jira/webhooks/${w.team.id}`,
    });
    const [row] = await w.t.db.select().from(jiraConnections).where(eq(jiraConnections.vendorTeamId, w.team.id));
    expect(JSON.stringify(row)).not.toContain(JIRA_TOKEN);
    expect(JSON.stringify(row)).not.toContain(WEBHOOK_SECRET);
    const { apiToken: _token, webhookSecret: _secret, ...withoutSecrets } = connectionInput('cloud', w.jira.url);
    const again = await w.admin.put(path(), { ...withoutSecrets, issueType: 'Task' });
    expect(again.json()).toMatchObject({ issueType: 'Task', isApiTokenSet: true, isWebhookSecretSet: true });
    for (const response of [saved, again, await w.admin.get(path()), await w.admin.get('/api/jira/sync-states')]) {
      expect(response.body).not.toContain(JIRA_TOKEN);
      expect(response.body).not.toContain(WEBHOOK_SECRET);
    }
    // The token still works: it was kept, sealed.
    expect((await w.admin.post(`${path()}/test`, {})).json().checks[0]).toMatchObject({ name: 'credentials', isOk: true });
    // A kept token never follows a new address (it would go to whatever server that names).
    const elsewhere = await w.admin.put(path(), { ...withoutSecrets, baseUrl: 'https://collector.example.net' });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().errors).toEqual([
      expect.objectContaining({ field: 'apiToken', message: expect.stringContaining('the Jira address changed') }),
    ]);
    expect((await w.admin.get(path())).json().baseUrl).toBe(w.jira.url);
  });

  it('“Test connection” says exactly what is wrong: credentials, project, issue type, mapping', async () => {
    const test = async () => (await w.admin.post(`${path()}/test`, {})).json();
    await w.admin.put(path(), connectionInput('cloud', w.jira.url));
    expect(await test()).toMatchObject({ isOk: true });

    await w.admin.put(path(), connectionInput('cloud', w.jira.url, { apiToken: 'wrong-token' }));
    expect(await test()).toEqual({
      isOk: false,
      checks: [{ name: 'credentials', isOk: false, message: expect.stringContaining('API token') }],
    });

    await w.admin.put(path(), connectionInput('cloud', w.jira.url, { projectKey: 'NOPE' }));
    expect((await test()).checks[1]).toMatchObject({
      name: 'project',
      isOk: false,
      message: expect.stringContaining('Project NOPE does not exist'),
    });

    await w.admin.put(path(), connectionInput('cloud', w.jira.url, { issueType: 'Epic' }));
    expect((await test()).checks[2]).toMatchObject({
      name: 'issueType',
      isOk: false,
      message: expect.stringContaining('available: Bug, Task'),
    });

    await w.admin.put(
      path(),
      connectionInput('cloud', w.jira.url, {
        fieldMapping: {
          componentByModule: { cp: 'CP Plus' },
          priorityByUrgency: {},
          isLabellingSite: true,
          isLabellingModule: true,
          referenceCustomField: 'customfield_10999',
          customFields: {},
        },
      }),
    );
    const mapping = (await test()).checks.find((check: { name: string }) => check.name === 'mapping');
    expect(mapping.isOk).toBe(false);
    expect(mapping.message).toContain('customfield_10999 is not on the create screen');
    expect(mapping.message).toContain('component “CP Plus” does not exist');

    await w.admin.put(path(), connectionInput('cloud', 'http://127.0.0.1:9'));
    expect((await test()).checks[0].message).toContain('could not be reached');
    await w.admin.put(path(), connectionInput('cloud', w.jira.url));
    expect(w.jira.violations).toEqual([]);
  });

  it('“Test connection” also checks the settings in the form before they are saved', async () => {
    const fresh = await buildVendorTeam(w.t.db, ['mrm']);
    const testDraft = (teamId: string, draft: object) => w.admin.post(`/api/vendor-teams/${teamId}/jira/test`, { draft });
    const ok = await testDraft(fresh.id, connectionInput('cloud', w.jira.url));
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ isOk: true });
    expect((await w.admin.get(`/api/vendor-teams/${fresh.id}/jira`)).json(), 'testing saves nothing').toBeNull();
    expect((await testDraft(fresh.id, connectionInput('cloud', w.jira.url, { apiToken: 'wrong-token' }))).json()).toMatchObject({
      isOk: false,
      checks: [{ name: 'credentials', isOk: false }],
    });
    const { apiToken: _token, ...withoutToken } = connectionInput('cloud', w.jira.url);
    const noToken = await testDraft(fresh.id, withoutToken);
    expect(noToken.statusCode).toBe(422);
    expect(noToken.json().errors).toEqual([expect.objectContaining({ field: 'apiToken' })]);
    const invalid = await testDraft(fresh.id, { ...withoutToken, projectKey: 'not a key' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors).toEqual([expect.objectContaining({ field: 'draft.projectKey' })]);

    // A saved team: an empty token means the stored one, but only at the address it was stored for.
    await w.admin.put(path(), connectionInput('cloud', w.jira.url));
    const calls = w.jira.requests.length;
    const kept = await testDraft(w.team.id, { ...withoutToken, issueType: 'Task' });
    expect(kept.json()).toMatchObject({ isOk: true });
    expect(w.jira.requests.length).toBeGreaterThan(calls);
    const moved = await testDraft(w.team.id, { ...withoutToken, baseUrl: 'http://127.0.0.1:9' });
    expect(moved.statusCode).toBe(422);
    expect(moved.json().errors).toEqual([
      expect.objectContaining({ field: 'apiToken', message: expect.stringContaining('the Jira address changed') }),
    ]);
    expect((await w.admin.get(path())).json().issueType, 'the saved settings are untouched').toBe('Bug');
    expect(
      (await w.admin.post('/api/vendor-teams/00000000-0000-4000-8000-000000000000/jira/test', { draft: withoutToken }))
        .statusCode,
    ).toBe(404);
    expect(w.jira.violations).toEqual([]);
  });

  it('a team without Jira keeps the internal vendor queue', async () => {
    const other = await buildVendorTeam(w.t.db, ['gbv']);
    expect((await w.admin.get(`/api/vendor-teams/${other.id}/jira`)).json()).toBeNull();
    const states = (await w.admin.get('/api/jira/sync-states')).json();
    expect(states.map((state: { vendorTeamId: string }) => state.vendorTeamId)).toEqual([w.team.id]);
    expect((await w.admin.request({ method: 'DELETE', url: path() })).statusCode).toBe(204);
    expect((await w.admin.get('/api/jira/sync-states')).json()).toEqual([]);
  });
});
