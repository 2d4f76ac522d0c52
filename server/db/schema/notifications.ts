import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/** An in-app notification; e-mail delivery of the same event is a separate durable job. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** e.g. `topic_reply`. */
    type: text('type').notNull(),
    /** English text, shown when the client has no translation for `messageKey` (and for rows older than keys). */
    title: text('title').notNull(),
    /** i18n key the web client renders in the reader's language, with `messageParams`. */
    messageKey: text('message_key'),
    messageParams: jsonb('message_params').$type<Record<string, string | number>>(),
    /** Path in the web app to open, e.g. `/community/<id>`. */
    link: text('link').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('notifications_user_idx').on(table.userId, table.createdAt)],
);
