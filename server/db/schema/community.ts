import { bigint, boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { helpRequests, timelineEvents } from './help-requests.ts';
import { users } from './users.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** A Support Community topic; `category` is a module code (`cp`, `gbv`, `mrm`) or an area such as `general`. */
export const communityTopics = pgTable(
  'community_topics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    category: text('category').notNull(),
    language: text('language').notNull().default('en'),
    authorId: uuid('author_id').references(() => users.id),
    /** The help request this topic was opened from, if any; replies mirror into its timeline. */
    requestId: uuid('request_id').references(() => helpRequests.id),
    isPinned: boolean('is_pinned').notNull().default(false),
    isLocked: boolean('is_locked').notNull().default(false),
    acceptedReplyId: uuid('accepted_reply_id'),
    replyCount: integer('reply_count').notNull().default(0),
    lastActivityAt: timestamptz('last_activity_at').notNull().defaultNow(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (table) => [
    index('community_topics_activity_idx').on(table.isPinned, table.lastActivityAt),
    index('community_topics_category_idx').on(table.category, table.lastActivityAt),
    index('community_topics_request_idx').on(table.requestId),
  ],
);

export const communityReplies = pgTable(
  'community_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    topicId: uuid('topic_id')
      .notNull()
      .references(() => communityTopics.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id),
    /** Shown for replies that did not come from a Support Hub user, e.g. a Jira developer. */
    authorName: text('author_name'),
    body: text('body').notNull(),
    /** Where the reply was written: `community`, `request` (a public comment mirrored here) or `jira`. */
    origin: text('origin').notNull().default('community'),
    isFromVendor: boolean('is_from_vendor').notNull().default(false),
    /** The request timeline event this reply mirrors or was mirrored to, so nothing is mirrored twice. */
    timelineEventId: bigint('timeline_event_id', { mode: 'number' }).references(() => timelineEvents.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [index('community_replies_topic_idx').on(table.topicId, table.createdAt)],
);

export const topicSubscriptions = pgTable(
  'topic_subscriptions',
  {
    topicId: uuid('topic_id')
      .notNull()
      .references(() => communityTopics.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.topicId, table.userId] })],
);
