import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jiraIssueLinks } from '../db/schema/index.ts';
import { createJiraWorld, escalateToLevelThree, type JiraWorld, WEBHOOK_SECRET } from './test/jira-test-setup.ts';

const timeline = async (w: JiraWorld, id: string) =>
  (await w.coordinator.get(`/api/requests/${id}/timeline`)).json().events as { type: string; body: string | null }[];

describe('[JIRA]: Data Center (REST v2, wiki text, personal access token)', () => {
  let w: JiraWorld;
  beforeAll(async () => {
    w = await createJiraWorld('data_center');
  });
  afterAll(() => w?.close());

  it('creates the issue with a wiki description, comments in wiki text, and mirrors wiki comments back', async () => {
    const request = await escalateToLevelThree(w);
    await w.runJobs();
    const [link] = await w.t.db.select().from(jiraIssueLinks).where(eq(jiraIssueLinks.requestId, request.id));
    const issue = w.jira.issues.get(link.issueKey as string);
    expect(typeof issue?.fields.description).toBe('string');
    expect(issue?.fields.description).toContain('h3. Steps to reproduce');
    expect(issue?.attachments).toHaveLength(1);
    const calls = w.jira.requests.map((call) => `${call.method} ${call.path.split('?')[0]}`);
    expect(calls).toEqual(
      expect.arrayContaining([
        'POST /rest/api/2/search',
        'POST /rest/api/2/issue',
        `POST /rest/api/2/issue/${issue?.key}/attachments`,
      ]),
    );
    expect(calls.some((call) => call.includes('/rest/api/3/'))).toBe(false);
    expect(w.jira.requests.every((call) => String(call.headers.authorization).startsWith('Bearer '))).toBe(true);

    await w.coordinator.post(`/api/requests/${request.id}/comments`, { body: 'Happens on *every* tablet', internal: false });
    await w.runJobs();
    expect(issue?.comments[0].body).toMatch(/^\*.+ \(Support Hub\):\*\nHappens on \\\*every\\\* tablet$/);

    const comment = w.jira.addComment(issue?.key as string, {
      author: 'DC Developer',
      body: 'Fixed in *2.12*, see [PR|https://git.example.org/pr/9]',
    });
    const response = await w.t.app.inject({
      method: 'POST',
      url: `/api/jira/webhooks/${w.team.id}?token=${WEBHOOK_SECRET}`,
      payload: { webhookEvent: 'comment_created', issue: { id: issue?.id, key: issue?.key }, comment: { id: comment.id } },
    });
    expect(response.statusCode).toBe(202);
    await w.runJobs();
    const mirrored = (await timeline(w, request.id)).find((event) => event.type === 'external_comment');
    expect(mirrored?.body).toBe('Fixed in **2.12**, see [PR](https://git.example.org/pr/9)');
  });
});

describe('[JIRA]: Service Management (servicedeskapi request)', () => {
  let w: JiraWorld;
  beforeAll(async () => {
    w = await createJiraWorld('service_management');
  });
  afterAll(() => w?.close());

  it('raises a customer request with the service desk and request type, and never mirrors agents-only comments', async () => {
    const test = (await w.admin.post(`/api/vendor-teams/${w.team.id}/jira/test`, {})).json();
    expect(test).toMatchObject({ isOk: true });
    expect(test.checks.map((check: { name: string }) => check.name)).toEqual(['credentials', 'serviceDesk', 'requiredFields']);
    const request = await escalateToLevelThree(w);
    await w.runJobs();
    const create = w.jira.requests.find((call) => call.path === '/rest/servicedeskapi/request');
    expect(create?.body).toMatchObject({
      serviceDeskId: '7',
      requestTypeId: '25',
      requestFieldValues: { labels: expect.arrayContaining([`support-hub-${request.reference}`]) },
    });
    const [link] = await w.t.db.select().from(jiraIssueLinks).where(eq(jiraIssueLinks.requestId, request.id));
    expect(link.state).toBe('linked');
    const internal = w.jira.addComment(link.issueKey as string, {
      author: 'Agent',
      body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'agents only' }] }] },
      jsdPublic: false,
    });
    const shared = w.jira.addComment(link.issueKey as string, {
      author: 'Agent',
      body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'for the customer' }] }] },
      jsdPublic: true,
    });
    for (const comment of [internal, shared]) {
      await w.t.app.inject({
        method: 'POST',
        url: `/api/jira/webhooks/${w.team.id}?token=${WEBHOOK_SECRET}`,
        payload: {
          webhookEvent: 'comment_created',
          issue: { id: link.issueId, key: link.issueKey },
          comment: { id: comment.id },
        },
      });
    }
    await w.runJobs();
    const bodies = (await timeline(w, request.id))
      .filter((event) => event.type === 'external_comment')
      .map((event) => event.body);
    expect(bodies).toEqual(['for the customer']);
    expect(w.jira.violations).toEqual([]);
  });
});
