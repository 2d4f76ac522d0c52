import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Durable background work (e-mail, Jira sync, reminders). A job is inserted in the same
 * transaction as the change that causes it, so neither is ever lost without the other.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    /** `queued`, `running`, `done`, or `dead` once out of attempts (or stopped for good). */
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(8),
    runAt: timestamptz('run_at').notNull().defaultNow(),
    lockedUntil: timestamptz('locked_until'),
    lastError: text('last_error'),
    /** At most one queued or running job per key, e.g. `topic-digest:<user>`. */
    singletonKey: text('singleton_key'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    finishedAt: timestamptz('finished_at'),
  },
  (table) => [
    index('jobs_due_idx').on(table.status, table.runAt),
    index('jobs_name_idx').on(table.name, table.createdAt),
    uniqueIndex('jobs_singleton_idx').on(table.singletonKey).where(sql`status in ('queued', 'running')`),
  ],
);
