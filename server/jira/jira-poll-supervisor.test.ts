import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { jobs, timelineEvents } from '../db/schema/index.ts';
import { ensureJiraPolls, startJiraPollSupervisor } from './ensure-jira-polls.ts';
import { POLL_JIRA_JOB } from './jira-job-names.ts';
import { connectionInput, createJiraWorld, escalateToLevelThree, type JiraWorld } from './test/jira-test-setup.ts';

let w: JiraWorld;
beforeAll(async () => {
  w = await createJiraWorld('cloud');
});
afterAll(() => w?.close());
afterEach(() => {
  expect(w.jira.violations).toEqual([]);
});

const livePolls = () =>
  w.t.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.name, POLL_JIRA_JOB), inArray(jobs.status, ['queued', 'running'])));
/** The poll job dies for good (its attempts spent, or a permanent error), as the worker would leave it. */
const killPolls = () =>
  w.t.db
    .update(jobs)
    .set({ status: 'dead', finishedAt: new Date(), lastError: 'gave up' })
    .where(and(eq(jobs.name, POLL_JIRA_JOB), inArray(jobs.status, ['queued', 'running'])));
const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('[JIRA]: polling heals itself when its job is gone', () => {
  it('queues a poll again for a team whose poll died or was removed, once, and polling works again', async () => {
    const request = await escalateToLevelThree(w, 'Polling survives');
    await w.runJobsNow();
    expect(await livePolls()).toHaveLength(1);
    expect(await ensureJiraPolls({ db: w.t.db }), 'a live poll is left alone').toEqual([]);

    await killPolls();
    expect(await livePolls()).toHaveLength(0);
    expect(await ensureJiraPolls({ db: w.t.db })).toEqual([w.team.id]);
    expect(await ensureJiraPolls({ db: w.t.db }), 'idempotent').toEqual([]);
    expect(await livePolls()).toHaveLength(1);

    await w.t.db.delete(jobs).where(eq(jobs.name, POLL_JIRA_JOB));
    expect(await ensureJiraPolls({ db: w.t.db })).toEqual([w.team.id]);
    const [poll] = await livePolls();
    expect(poll.runAt.getTime()).toBeLessThanOrEqual(Date.now());

    // The revived poll is a real one: it brings a comment made meanwhile, and queues its successor.
    const issueKey = (await w.coordinator.get(`/api/requests/${request.id}/jira`)).json().issueKey as string;
    w.jira.addComment(issueKey, { author: 'Dev One', body: adf('Picked up by the revived poll') });
    await w.runJobs();
    const mirrored = await w.t.db
      .select()
      .from(timelineEvents)
      .where(and(eq(timelineEvents.requestId, request.id), eq(timelineEvents.type, 'external_comment')));
    expect(mirrored.map((event) => event.body)).toEqual(['Picked up by the revived poll']);
    expect(await livePolls()).toHaveLength(1);
  });

  it('leaves a running poll alone and queues nothing for a disabled team', async () => {
    await w.t.db
      .update(jobs)
      .set({ status: 'running', lockedUntil: new Date(Date.now() + 60_000) })
      .where(eq(jobs.name, POLL_JIRA_JOB));
    expect(await ensureJiraPolls({ db: w.t.db })).toEqual([]);

    const disabled = await w.admin.put(
      `/api/vendor-teams/${w.team.id}/jira`,
      connectionInput('cloud', w.jira.url, { isEnabled: false }),
    );
    expect(disabled.statusCode).toBe(200);
    await killPolls();
    expect(await ensureJiraPolls({ db: w.t.db })).toEqual([]);
    expect(await livePolls()).toHaveLength(0);
    const enabled = await w.admin.put(`/api/vendor-teams/${w.team.id}/jira`, connectionInput('cloud', w.jira.url));
    expect(enabled.statusCode).toBe(200);
    expect(await livePolls()).toHaveLength(1);
  });

  it('supervises on a schedule: at start, and again each period', async () => {
    await killPolls();
    const revived: string[][] = [];
    const errors: unknown[] = [];
    const supervisor = startJiraPollSupervisor({
      db: w.t.db,
      everyMs: 100,
      onRevived: (teamIds) => revived.push(teamIds),
      onError: (error) => errors.push(error),
    });
    try {
      await expect.poll(() => revived.length, { timeout: 10_000 }).toBe(1);
      await killPolls();
      await expect.poll(() => revived.length, { timeout: 10_000 }).toBe(2);
    } finally {
      await supervisor.stop();
    }
    expect(revived).toEqual([[w.team.id], [w.team.id]]);
    expect(errors).toEqual([]);
    expect(await livePolls()).toHaveLength(1);
  });
});
