import { sql } from 'drizzle-orm';
import { index, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { helpRequests } from './help-requests.ts';
import { users } from './users.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Two requests that may be the same question from the same person (across channels). One row per
 * pair, the smaller id first, so re-detection updates the row and a dismissal sticks.
 */
export const duplicateCandidates = pgTable(
  'duplicate_candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestAId: uuid('request_a_id')
      .notNull()
      .references(() => helpRequests.id),
    requestBId: uuid('request_b_id')
      .notNull()
      .references(() => helpRequests.id),
    /** pg_trgm similarity of the two summaries, 0–1. */
    score: real('score').notNull(),
    /** What says it is the same reporter: `account`, `email`, `phone` or `name`. */
    matchedOn: text('matched_on').notNull(),
    /** `open`, `dismissed` ("not a duplicate") or `merged`. */
    status: text('status').notNull().default('open'),
    detectedAt: timestamptz('detected_at').notNull().defaultNow(),
    decidedAt: timestamptz('decided_at'),
    decidedById: uuid('decided_by_id').references(() => users.id),
  },
  (table) => [
    uniqueIndex('duplicate_candidates_pair_idx').on(table.requestAId, table.requestBId),
    index('duplicate_candidates_b_idx').on(table.requestBId),
    index('duplicate_candidates_open_idx').on(table.detectedAt, table.id).where(sql`${table.status} = 'open'`),
  ],
);
