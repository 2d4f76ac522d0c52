import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { jiraIssueLinks, jobs, notifications, outboundEmails, timelineEvents } from '../db/schema/index.ts';
import { CREATE_JIRA_ISSUE_JOB, SEND_JIRA_COMMENT_JOB } from './jira-job-names.ts';
import { createJiraWorld, escalateToLevelThree, type JiraWorld } from './test/jira-test-setup.ts';

let w: JiraWorld;
beforeAll(async () => {
  w = await createJiraWorld('cloud');
});
afterAll(() => w?.close());
afterEach(() => {
  expect(w.jira.violations).toEqual([]);
});

const createJobs = (_requestId: string) =>
  w.t.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.name, CREATE_JIRA_ISSUE_JOB), eq(jobs.status, 'queued')));

describe('[JIRA]: level-3 escalations become Jira Cloud issues', () => {
  it('creates the issue with the dossier in ADF, labels, component and priority, uploads the screenshot, and links it', async () => {
    const request = await escalateToLevelThree(w);
    const waiting = await w.coordinator.get(`/api/requests/${request.id}/jira`);
    expect(waiting.json()).toMatchObject({ state: 'pending', issueKey: null });
    const routed = (await w.coordinator.get(`/api/requests/${request.id}/timeline`))
      .json()
      .events.find((event: { type: string }) => event.type === 'routed');
    expect(routed.data.destination).toBe('jira');

    await w.runJobs();
    const [issue] = [...w.jira.issues.values()].filter((candidate) =>
      candidate.fields.labels.includes(`support-hub-${request.reference}`),
    );
    expect(issue.fields).toMatchObject({
      summary: `[${request.reference}] Referral form crashes on save`,
      labels: [`support-hub-${request.reference}`, 'site-SLE', 'module-cp'],
      components: [{ name: 'CPIMS+' }],
      issuetype: { name: 'Bug' },
    });
    const description = issue.fields.description as { type: string; content: { type: string; content?: { text?: string }[] }[] };
    expect(description.type).toBe('doc');
    const headings = description.content.filter((node) => node.type === 'heading').map((node) => node.content?.[0].text);
    expect(headings).toEqual(expect.arrayContaining(['Steps to reproduce', 'Module version', 'Browser', 'Instance URL']));
    expect(JSON.stringify(description)).toContain(`https://help.example.org/requests/${request.reference}`);
    expect(issue.attachments).toEqual([expect.objectContaining({ filename: 'crash.png', mimeType: 'image/png' })]);
    const upload = w.jira.requests.find((call) => call.path.endsWith('/attachments'));
    expect(upload?.headers['x-atlassian-token']).toBe('no-check');

    const linked = (await w.coordinator.get(`/api/requests/${request.id}/jira`)).json();
    expect(linked).toEqual({
      state: 'linked',
      issueKey: issue.key,
      issueUrl: `${w.jira.url}/browse/${issue.key}`,
      lastError: null,
    });
    const shown = (await w.coordinator.get(`/api/requests/${request.id}`)).json();
    expect(shown).toMatchObject({ externalKey: issue.key, externalUrl: `${w.jira.url}/browse/${issue.key}` });
    // Running the job again changes nothing: no second issue, no second upload.
    await w.t.db.insert(jobs).values({ name: CREATE_JIRA_ISSUE_JOB, payload: { requestId: request.id } });
    await w.runJobs();
    expect(
      [...w.jira.issues.values()].filter((candidate) => candidate.fields.labels.includes(`support-hub-${request.reference}`)),
    ).toHaveLength(1);
    expect(issue.attachments).toHaveLength(1);
  });

  it('never makes a second issue when Jira created it but the answer timed out', async () => {
    w.jira.inject({ method: 'POST', path: /^\/rest\/api\/3\/issue$/, hangAfterHandling: true });
    const request = await escalateToLevelThree(w, 'Sync fails after timeout');
    await w.runJobs();
    const [job] = await createJobs(request.id);
    expect(job.lastError).toContain('did not answer in time');
    expect((await w.coordinator.get(`/api/requests/${request.id}/jira`)).json().state).toBe('pending');
    await w.runJobsNow();
    const issues = [...w.jira.issues.values()].filter((issue) =>
      issue.fields.labels.includes(`support-hub-${request.reference}`),
    );
    expect(issues).toHaveLength(1);
    const timeline = await w.t.db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.requestId, request.id), eq(timelineEvents.type, 'jira_issue_linked')));
    expect(timeline[0].data).toMatchObject({ issueKey: issues[0].key, wasFoundByLabel: true });
  });

  it('waits as long as Retry-After says on 429, and backs off with jitter on 503 without it', async () => {
    w.jira.inject({ method: 'POST', path: /search\/jql$/, reply: { status: 429, headers: { 'retry-after': '120' } } });
    const request = await escalateToLevelThree(w, 'Rate limited');
    const before = Date.now();
    await w.runJobs();
    const [job] = await w.t.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, CREATE_JIRA_ISSUE_JOB), eq(jobs.status, 'queued')));
    expect(job.runAt.getTime()).toBeGreaterThanOrEqual(before + 119_000);
    expect(job.runAt.getTime()).toBeLessThanOrEqual(Date.now() + 121_000);
    expect(job.lastError).toContain('429');

    w.jira.inject({ method: 'POST', path: /search\/jql$/, reply: { status: 503 } });
    await w.runJobsNow();
    const [again] = await w.t.db.select().from(jobs).where(eq(jobs.id, job.id));
    expect(again).toMatchObject({ status: 'queued', attempts: 2 });
    expect(again.lastError).toContain('503');
    // The worker's exponential backoff for a second attempt: between 15 and 30 seconds.
    expect(again.runAt.getTime() - Date.now()).toBeGreaterThan(10_000);
    expect(again.runAt.getTime() - Date.now()).toBeLessThan(31_000);
    expect((await w.coordinator.get(`/api/requests/${request.id}/jira`)).json().state).toBe('pending');
    await w.runJobsNow();
    expect((await w.coordinator.get(`/api/requests/${request.id}/jira`)).json().state).toBe('linked');
  });

  it('stops on 401, marks the issue failed and alerts the admins in the app and by mail, with the reason', async () => {
    w.jira.inject({
      method: 'POST',
      path: /search\/jql$/,
      reply: { status: 401, body: { errorMessages: ['Client must be authenticated to access this resource.'], errors: {} } },
    });
    const request = await escalateToLevelThree(w, 'Token revoked');
    await w.runJobs();
    const [job] = await w.t.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, CREATE_JIRA_ISSUE_JOB), eq(jobs.payload, { requestId: request.id })));
    expect(job).toMatchObject({ status: 'dead' });
    const status = (await w.coordinator.get(`/api/requests/${request.id}/jira`)).json();
    expect(status.state).toBe('failed');
    expect(status.lastError).toContain('401');
    const alerts = await w.t.db.select().from(notifications).where(eq(notifications.userId, w.adminUser.id));
    expect(alerts).toEqual([expect.objectContaining({ type: 'jira_sync_failed', link: '/admin?tab=jira' })]);
    expect(alerts[0].title).toContain('Client must be authenticated');
    expect(alerts[0].messageKey).toBe('jira.notifications.syncStopped');
    expect(alerts[0].messageParams?.reason).toContain('Client must be authenticated');
    const [mail] = await w.t.db.select().from(outboundEmails).where(eq(outboundEmails.kind, 'integration_alert'));
    expect(mail).toMatchObject({ recipient: w.adminUser.email, status: 'queued' });
    expect(mail.text).toContain('Client must be authenticated');
    const events = (await w.coordinator.get(`/api/requests/${request.id}/timeline`)).json().events;
    expect(events.find((event: { type: string }) => event.type === 'jira_sync_failed')).toMatchObject({ isInternal: true });
    // The escalation itself stood: the request is at level 3 with the team.
    expect((await w.coordinator.get(`/api/requests/${request.id}`)).json()).toMatchObject({ level: 3, status: 'escalated' });
  });

  it('sends public comments as Jira comments, never internal notes, each once', async () => {
    const request = await escalateToLevelThree(w, 'Comments go to Jira');
    await w.runJobs();
    const [link] = await w.t.db.select().from(jiraIssueLinks).where(eq(jiraIssueLinks.requestId, request.id));
    const note = await w.coordinator.post(`/api/requests/${request.id}/comments`, {
      body: 'Internal: the site has no budget',
      internal: true,
    });
    expect(note.statusCode).toBe(201);
    const comment = await w.coordinator.post(`/api/requests/${request.id}/comments`, {
      body: 'The site confirms it happens on every tablet.',
      internal: false,
    });
    expect(comment.statusCode).toBe(201);
    const queued = await w.t.db.select().from(jobs).where(eq(jobs.name, SEND_JIRA_COMMENT_JOB));
    expect(queued.map((job) => job.payload.eventId)).toEqual([Number(comment.json().id)]);
    await w.runJobs();
    await w.runJobs();
    const issue = w.jira.issues.get(link.issueKey as string);
    expect(issue?.comments).toHaveLength(1);
    const sent = JSON.stringify(issue?.comments[0].body);
    expect(sent).toContain('The site confirms it happens on every tablet.');
    expect(JSON.stringify(issue?.comments)).not.toContain('no budget');
    expect(issue?.comments[0].properties).toEqual([{ key: 'support-hub', value: { eventId: Number(comment.json().id) } }]);
  });

  it('sends a reply written in the request’s community topic as a Jira comment too, once, and never echoes Jira’s', async () => {
    const request = await escalateToLevelThree(w, 'Topic replies go to Jira');
    await w.runJobs();
    const [link] = await w.t.db.select().from(jiraIssueLinks).where(eq(jiraIssueLinks.requestId, request.id));
    const issueKey = link.issueKey as string;
    const opened = await w.coordinator.post(`/api/requests/${request.id}/community-topic`, {});
    expect(opened.statusCode).toBe(201);
    const reply = await w.siteAdmin.post(`/api/community/topics/${opened.json().id}/replies`, {
      body: 'Another district sees the same crash on the referral form.',
    });
    expect(reply.statusCode).toBe(201);
    const mirrored = await w.t.db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.requestId, request.id), eq(timelineEvents.type, 'comment')));
    expect(mirrored).toHaveLength(1);
    const queued = await w.t.db.select().from(jobs).where(eq(jobs.name, SEND_JIRA_COMMENT_JOB));
    expect(queued.map((job) => job.payload.eventId)).toContain(mirrored[0].id);
    await w.runJobs();
    await w.runJobs();
    const comments = w.jira.issues.get(issueKey)?.comments ?? [];
    expect(comments).toHaveLength(1);
    expect(JSON.stringify(comments[0].body)).toContain('Another district sees the same crash on the referral form.');
    expect(comments[0].properties).toEqual([{ key: 'support-hub', value: { eventId: mirrored[0].id } }]);

    // A developer's comment comes back into the topic; it never goes out to Jira again.
    w.jira.addComment(issueKey, {
      author: 'Dev Three',
      body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Thanks, fixing' }] }] },
    });
    await w.admin.post(`/api/vendor-teams/${w.team.id}/jira/resync`, {});
    await w.runJobs();
    expect(
      (await w.t.db.select().from(timelineEvents).where(eq(timelineEvents.requestId, request.id))).filter(
        (event) => event.type === 'external_comment',
      ),
    ).toHaveLength(1);
    expect(await w.t.db.select().from(jobs).where(eq(jobs.name, SEND_JIRA_COMMENT_JOB))).toHaveLength(queued.length);
    expect(w.jira.issues.get(issueKey)?.comments).toHaveLength(2);
  });

  it('keeps topic replies in Support Hub when the team does not send public replies to Jira', async () => {
    const request = await escalateToLevelThree(w, 'Switch off');
    await w.runJobs();
    const current = (await w.admin.get(`/api/vendor-teams/${w.team.id}/jira`)).json();
    const { vendorTeamId: _team, isApiTokenSet: _token, isWebhookSecretSet: _secret, webhookPath: _path, ...input } = current;
    const off = await w.admin.put(`/api/vendor-teams/${w.team.id}/jira`, { ...input, isSendingPublicComments: false });
    expect(off.statusCode).toBe(200);
    const before = (await w.t.db.select().from(jobs).where(eq(jobs.name, SEND_JIRA_COMMENT_JOB))).length;
    const opened = await w.coordinator.post(`/api/requests/${request.id}/community-topic`, {});
    await w.siteAdmin.post(`/api/community/topics/${opened.json().id}/replies`, { body: 'Stays here' });
    expect(await w.t.db.select().from(jobs).where(eq(jobs.name, SEND_JIRA_COMMENT_JOB))).toHaveLength(before);
    const on = await w.admin.put(`/api/vendor-teams/${w.team.id}/jira`, { ...input, isSendingPublicComments: true });
    expect(on.statusCode).toBe(200);
  });
});
