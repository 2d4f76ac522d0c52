import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { communityReplies, jiraIssueLinks, jobs, notifications } from '../db/schema/index.ts';
import { SEND_JIRA_COMMENT_JOB } from './jira-job-names.ts';
import { createJiraWorld, escalateToLevelThree, type JiraWorld, WEBHOOK_SECRET } from './test/jira-test-setup.ts';
import { webhookSignature } from './verify-webhook-signature.ts';

let w: JiraWorld;
beforeAll(async () => {
  w = await createJiraWorld('cloud', { searchPageSize: 1 });
});
afterAll(() => w?.close());
afterEach(() => {
  expect(w.jira.violations).toEqual([]);
});

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function linkedRequest(summary: string) {
  const request = await escalateToLevelThree(w, summary);
  await w.runJobs();
  const [link] = await w.t.db.select().from(jiraIssueLinks).where(eq(jiraIssueLinks.requestId, request.id));
  return { ...request, issueKey: link.issueKey as string, issueId: link.issueId as string };
}

function deliver(options: { body: object; signature?: string | null; token?: string; identifier?: string }) {
  const raw = JSON.stringify(options.body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.signature !== null) headers['x-hub-signature'] = options.signature ?? webhookSignature(raw, WEBHOOK_SECRET);
  if (options.identifier) headers['x-atlassian-webhook-identifier'] = options.identifier;
  const query = options.token ? `?token=${encodeURIComponent(options.token)}` : '';
  return w.t.app.inject({ method: 'POST', url: `/api/jira/webhooks/${w.team.id}${query}`, payload: raw, headers });
}

const timeline = async (id: string) =>
  (await w.coordinator.get(`/api/requests/${id}/timeline`)).json().events as {
    type: string;
    body: string | null;
    data: Record<string, unknown>;
  }[];

describe('[JIRA]: developers’ comments come back from Jira', () => {
  it('checks the signature of the raw body: valid accepted, wrong or missing refused', async () => {
    const request = await linkedRequest('Webhook signatures');
    const comment = w.jira.addComment(request.issueKey, { author: 'Dev One', body: adf('Looking at it') });
    const body = {
      webhookEvent: 'comment_created',
      timestamp: Date.now(),
      issue: { id: request.issueId, key: request.issueKey },
      comment: { id: comment.id, body: adf('Looking at it') },
    };
    expect((await deliver({ body, signature: 'sha256=0000' })).statusCode).toBe(401);
    expect(
      (await deliver({ body, signature: webhookSignature(JSON.stringify(body), 'another-secret-of-16+chars') })).statusCode,
    ).toBe(401);
    expect((await deliver({ body, signature: null })).statusCode).toBe(401);
    expect((await deliver({ body, signature: null, token: 'wrong-token' })).statusCode).toBe(401);
    const state = (await w.admin.get('/api/jira/sync-states')).json()[0];
    expect(state.lastError).toContain('refused');
    const accepted = await deliver({ body, identifier: 'delivery-1' });
    expect(accepted.statusCode).toBe(202);
    expect(accepted.json()).toEqual({ status: 'accepted' });
    expect((await deliver({ body, signature: null, token: WEBHOOK_SECRET, identifier: 'delivery-1b' })).json()).toEqual({
      status: 'duplicate',
    });
  });

  it('mirrors the comment as Jira says it now (not the payload), on the timeline and in the topic, once', async () => {
    const request = await linkedRequest('Mirror into topic');
    const opened = await w.coordinator.post(`/api/requests/${request.id}/community-topic`, {});
    expect(opened.statusCode).toBe(201);
    const topicId = opened.json().id;
    const comment = w.jira.addComment(request.issueKey, {
      author: 'Amina Developer',
      body: {
        type: 'doc',
        version: 1,
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Fixed in ' },
              { type: 'mention', attrs: { id: 'x', text: '@Paul' } },
              { type: 'text', text: ' branch' },
            ],
          },
          {
            type: 'bulletList',
            content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'step one' }] }] }],
          },
          { type: 'codeBlock', attrs: { language: 'ruby' }, content: [{ type: 'text', text: 'Referral.save!' }] },
        ],
      },
    });
    const forged = {
      webhookEvent: 'comment_created',
      issue: { id: request.issueId, key: request.issueKey },
      comment: { id: comment.id, body: adf('FORGED TEXT') },
    };
    expect((await deliver({ body: forged, identifier: 'mirror-1' })).statusCode).toBe(202);
    // The same delivery again (Jira retries) and a second delivery about the same comment.
    expect((await deliver({ body: forged, identifier: 'mirror-1' })).json()).toEqual({ status: 'duplicate' });
    expect((await deliver({ body: forged, identifier: 'mirror-2' })).json()).toEqual({ status: 'duplicate' });
    await w.runJobs();
    const mirrored = (await timeline(request.id)).filter((event) => event.type === 'external_comment');
    expect(mirrored).toHaveLength(1);
    expect(mirrored[0].body).toBe('Fixed in **@Paul** branch\n\n- step one\n\n```ruby\nReferral.save!\n```');
    expect(mirrored[0].data).toMatchObject({
      origin: 'jira',
      isFromVendor: true,
      authorName: 'Amina Developer',
      jiraCommentId: comment.id,
    });
    const replies = await w.t.db.select().from(communityReplies).where(eq(communityReplies.topicId, topicId));
    expect(replies).toEqual([
      expect.objectContaining({ origin: 'jira', isFromVendor: true, authorName: 'Amina Developer', authorId: null }),
    ]);
    // The topic's creator hears of it (the coordinator opened the topic).
    const told = await w.t.db.select().from(notifications).where(eq(notifications.type, 'topic_reply'));
    expect(told.length).toBeGreaterThan(0);
    expect(await w.t.db.select().from(jobs).where(eq(jobs.name, 'notification.email'))).not.toHaveLength(0);
    // A comment that came from Jira is never sent back to it.
    expect(await w.t.db.select().from(jobs).where(eq(jobs.name, SEND_JIRA_COMMENT_JOB))).toHaveLength(0);

    w.jira.editComment(request.issueKey, comment.id, adf('Fixed in release 2.12'));
    await deliver({ body: { ...forged, webhookEvent: 'comment_updated' }, identifier: 'edit-1' });
    await w.runJobs();
    const edited = (await timeline(request.id)).find((event) => event.type === 'external_comment');
    expect(edited?.body).toBe('Fixed in release 2.12');
    expect((await timeline(request.id)).filter((event) => event.type === 'external_comment_changed')).toHaveLength(1);
    const [reply] = await w.t.db.select().from(communityReplies).where(eq(communityReplies.topicId, topicId));
    expect(reply.body).toBe('Fixed in release 2.12');

    w.jira.deleteComment(request.issueKey, comment.id);
    await deliver({ body: { ...forged, webhookEvent: 'comment_deleted' }, identifier: 'delete-1' });
    await w.runJobs();
    const deleted = (await timeline(request.id)).find((event) => event.type === 'external_comment');
    expect(deleted?.body).toBe('_(deleted in Jira)_');
    expect(
      (await timeline(request.id)).filter((event) => event.type === 'external_comment_changed').map((event) => event.data.action),
    ).toEqual(['edited', 'deleted']);
  });

  it('maps status and fix version changes onto the level-3 state and release', async () => {
    const request = await linkedRequest('Status mapping');
    w.jira.setStatus(request.issueKey, 'In Progress', 'indeterminate');
    await deliver({
      body: { webhookEvent: 'jira:issue_updated', issue: { id: request.issueId, key: request.issueKey } },
      identifier: 'status-1',
    });
    await w.runJobs();
    expect((await w.coordinator.get(`/api/requests/${request.id}`)).json().l3State).toBe('in_progress');
    w.jira.setStatus(request.issueKey, 'Done', 'done', { name: 'v2.12.0', released: true });
    await deliver({
      body: { webhookEvent: 'jira:issue_updated', issue: { id: request.issueId, key: request.issueKey } },
      identifier: 'status-2',
    });
    await w.runJobs();
    expect((await w.coordinator.get(`/api/requests/${request.id}`)).json()).toMatchObject({
      l3State: 'released',
      fixVersion: 'v2.12.0',
    });
  });

  it('polling picks up comments made while webhooks were down, over two pages, without echoing ours', async () => {
    const first = await linkedRequest('Polling one');
    const second = await linkedRequest('Polling two');
    const ours = await w.coordinator.post(`/api/requests/${first.id}/comments`, {
      body: 'Please check the Android build',
      internal: false,
    });
    expect(ours.statusCode).toBe(201);
    await w.runJobs();
    w.jira.addComment(first.issueKey, { author: 'Dev One', body: adf('Reproduced on Android 13') });
    w.jira.addComment(second.issueKey, { author: 'Dev Two', body: adf('Needs a migration') });
    await w.admin.post(`/api/vendor-teams/${w.team.id}/jira/resync`, {});
    await w.runJobs();
    const searches = w.jira.requests.filter(
      (call) => call.path === '/rest/api/3/search/jql' && JSON.stringify(call.body).includes('updated >='),
    );
    expect(searches.some((call) => (call.body as { nextPageToken?: string }).nextPageToken)).toBe(true);
    const firstEvents = (await timeline(first.id)).filter((event) => event.type === 'external_comment');
    expect(firstEvents.map((event) => event.body)).toEqual(['Reproduced on Android 13']);
    expect((await timeline(second.id)).filter((event) => event.type === 'external_comment').map((event) => event.body)).toEqual([
      'Needs a migration',
    ]);
    const state = (await w.admin.get('/api/jira/sync-states')).json()[0];
    expect(state.lastSuccessAt).not.toBeNull();
    expect(state.lastError).toBeNull();
  });
});
