import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { jiraConnections, jobs } from '../db/schema/index.ts';
import { POLL_JIRA_JOB } from './jira-job-names.ts';
import { scheduleJiraPoll } from './schedule-jira-poll.ts';

/**
 * Queues a poll for every enabled team whose poll is neither queued nor running: a poll job that
 * died (a permanent failure, its attempts spent) or was removed would otherwise end polling until
 * an admin saved the settings or pressed "Resync now". Idempotent; the connection rows are locked
 * so two web nodes supervising at once queue one poll, not two. Returns the teams it revived.
 */
export async function ensureJiraPolls(options: { db: Database; now?: Date }): Promise<string[]> {
  const now = options.now ?? new Date();
  return options.db.transaction(async (tx) => {
    const enabled = await tx
      .select({ vendorTeamId: jiraConnections.vendorTeamId })
      .from(jiraConnections)
      .where(eq(jiraConnections.isEnabled, true))
      .orderBy(jiraConnections.vendorTeamId)
      .for('update');
    if (enabled.length === 0) return [];
    const alive = await tx
      .select({ vendorTeamId: sql<string>`${jobs.payload}->>'vendorTeamId'` })
      .from(jobs)
      .where(and(eq(jobs.name, POLL_JIRA_JOB), inArray(jobs.status, ['queued', 'running'])));
    const polled = new Set(alive.map((row) => row.vendorTeamId));
    const revived: string[] = [];
    for (const { vendorTeamId } of enabled) {
      if (polled.has(vendorTeamId)) continue;
      await scheduleJiraPoll(tx, { vendorTeamId, runAt: now });
      revived.push(vendorTeamId);
    }
    return revived;
  });
}

export const DEFAULT_POLL_SUPERVISION_MS = 10 * 60_000;

/**
 * Runs `ensureJiraPolls` at start and then every `everyMs` until stopped. A timer in the server
 * process rather than a job of its own: a supervising job could die the way a poll does.
 */
export function startJiraPollSupervisor(options: {
  db: Database;
  everyMs?: number;
  onRevived?: (vendorTeamIds: string[]) => void;
  onError?: (error: unknown) => void;
}) {
  let isStopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      const revived = await ensureJiraPolls({ db: options.db });
      if (revived.length > 0) options.onRevived?.(revived);
    } catch (error) {
      options.onError?.(error);
    }
    if (isStopped) return;
    timer = setTimeout(() => {
      running = tick();
    }, options.everyMs ?? DEFAULT_POLL_SUPERVISION_MS);
    timer.unref();
  };
  running = tick();
  return {
    stop: async () => {
      isStopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
