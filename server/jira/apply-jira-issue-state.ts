import { eq } from 'drizzle-orm';
import type { L3State } from '../../shared/constants.ts';
import type { Database } from '../db/client.ts';
import { helpRequests } from '../db/schema/index.ts';
import { appendEvents } from '../requests/timeline.ts';

/** The fields of an issue that drive the level-3 state. */
export type JiraIssueState = {
  status?: { name?: string; statusCategory?: { key?: string } } | null;
  fixVersions?: { name: string; released?: boolean }[] | null;
};

const BY_CATEGORY: Record<string, L3State> = { new: 'triaged', indeterminate: 'in_progress', done: 'fix_ready' };

/** The level-3 state an issue's status means: the team's own mapping first, then the status category. */
export function l3StateFor(issue: JiraIssueState, statusMapping: Record<string, string>): L3State | null {
  const fixVersions = issue.fixVersions ?? [];
  if (fixVersions.some((version) => version.released)) return 'released';
  const name = issue.status?.name;
  if (name && statusMapping[name]) return statusMapping[name] as L3State;
  return BY_CATEGORY[issue.status?.statusCategory?.key ?? ''] ?? null;
}

/**
 * Jira's status and fix version onto the request's level-3 state and release, with an
 * `l3_state_changed` event (origin `jira`) when something changed. Only while it is at level 3.
 */
export async function applyJiraIssueState(
  db: Database,
  options: { requestId: string; issue: JiraIssueState; statusMapping: Record<string, string>; now?: Date },
): Promise<boolean> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select({ level: helpRequests.level, l3State: helpRequests.l3State, fixVersion: helpRequests.fixVersion })
      .from(helpRequests)
      .where(eq(helpRequests.id, options.requestId))
      .for('update');
    if (request?.level !== 3) return false;
    const l3State = l3StateFor(options.issue, options.statusMapping) ?? request.l3State;
    const fixVersions = options.issue.fixVersions ?? [];
    const fixVersion =
      fixVersions.length > 0
        ? fixVersions
            .map((version) => version.name)
            .join(', ')
            .slice(0, 40)
        : request.fixVersion;
    const data: Record<string, unknown> = {};
    if (l3State !== request.l3State) data.l3State = { from: request.l3State, to: l3State };
    if (fixVersion !== request.fixVersion) data.fixVersion = { from: request.fixVersion, to: fixVersion };
    if (Object.keys(data).length === 0) return false;
    await tx.update(helpRequests).set({ l3State, fixVersion, updatedAt: now }).where(eq(helpRequests.id, options.requestId));
    await appendEvents(
      tx,
      [
        {
          requestId: options.requestId,
          type: 'l3_state_changed',
          actorId: null,
          data: { ...data, origin: 'jira', status: options.issue.status?.name ?? null },
        },
      ],
      now,
    );
    return true;
  });
}
