import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';

/** What the connector's jobs and routes need; `timeoutMs` bounds each call to Jira (tests shorten it). */
export type JiraDeps = { db: Database; config: Config; timeoutMs?: number; pollEveryMs?: number };

export const DEFAULT_JIRA_TIMEOUT_MS = 20_000;
export const DEFAULT_POLL_EVERY_MS = 5 * 60_000;
