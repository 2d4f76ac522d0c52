import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { helpRequests } from './help-requests.ts';
import { users } from './users.ts';

/** A suggestion (article, similar request, topic) opened while a request was being written. */
export const suggestionOpens = pgTable(
  'suggestion_opens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => helpRequests.id),
    userId: uuid('user_id').references(() => users.id),
    /** `article`, `request` or `topic`. */
    suggestionType: text('suggestion_type').notNull(),
    suggestionId: uuid('suggestion_id').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('suggestion_opens_request_idx').on(table.requestId)],
);
