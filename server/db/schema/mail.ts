import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { EmailKind } from '../../../shared/mail-schemas.ts';
import { helpRequests } from './help-requests.ts';
import { notifications } from './notifications.ts';
import { users } from './users.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Every e-mail Support Hub composes, inserted in the transaction of the change that causes it and
 * delivered by an `email.send` job. Bodies are already free of internal notes and case-like data.
 */
export const outboundEmails = pgTable(
  'outbound_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipient: text('recipient').notNull(),
    /** The account it goes to; null for a reporter known only by address. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    locale: text('locale').notNull(),
    /** A notification kind (`request_comment` …), `digest`, `notice` …: see EMAIL_KINDS. */
    kind: text('kind').$type<EmailKind>().notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    messageId: text('message_id').notNull(),
    inReplyTo: text('in_reply_to'),
    references: text('references'),
    requestId: uuid('request_id').references(() => helpRequests.id),
    timelineEventId: bigint('timeline_event_id', { mode: 'number' }),
    notificationId: uuid('notification_id').references(() => notifications.id, { onDelete: 'set null' }),
    /** `queued`, `sent`, `failed` (with the server's reason in last_error) or `suppressed` (preference off). */
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: timestamptz('sent_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [
    index('outbound_emails_created_idx').on(table.createdAt, table.id),
    index('outbound_emails_status_idx').on(table.status, table.createdAt),
    index('outbound_emails_request_idx').on(table.requestId),
    // A notification job that runs twice (crash after commit) never mails twice.
    uniqueIndex('outbound_emails_notification_idx').on(table.notificationId).where(sql`${table.notificationId} is not null`),
  ],
);

/** One row per user and notification kind they changed; no row means `immediate`. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** `immediate`, `daily_digest` or `off`. */
    mode: text('mode').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.kind] })],
);

/** A notification waiting for its recipient's daily digest; `email_id` is set once it went out. */
export const emailDigestItems = pgTable(
  'email_digest_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** One line in the recipient's language, already redacted (the subject the mail would have had). */
    title: text('title').notNull(),
    link: text('link').notNull(),
    requestId: uuid('request_id').references(() => helpRequests.id),
    emailId: uuid('email_id').references(() => outboundEmails.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [index('email_digest_items_pending_idx').on(table.userId, table.createdAt).where(sql`${table.emailId} is null`)],
);

/** Small instance-wide values the server generates once, such as the unsubscribe signing key. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});
