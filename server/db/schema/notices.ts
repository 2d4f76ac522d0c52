import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { outboundEmails } from './mail.ts';
import { sites } from './sites.ts';
import { users } from './users.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** One language version of a notice: what the help desk wrote, Markdown in the body. */
export type NoticeVersion = { language: string; title: string; body: string };

/**
 * A downtime or training notice from the help desk. The window is in UTC; every site shows it in
 * its own time zone. Each change of window or a cancellation starts a new round of the cascade.
 */
export const notices = pgTable(
  'notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** `downtime` or `training`. */
    type: text('type').notNull(),
    /** `scheduled` or `cancelled`; ongoing and past are worked out from the window. */
    status: text('status').notNull().default('scheduled'),
    /** The first is the default language, used when a reader's language has no version. */
    versions: jsonb('versions').$type<NoticeVersion[]>().notNull(),
    windowStart: timestamptz('window_start').notNull(),
    windowEnd: timestamptz('window_end').notNull(),
    siteIds: uuid('site_ids').array().notNull(),
    /** What the help desk targeted, kept as written; site_ids is what it resolved to. */
    modules: text('modules').array().notNull().default([]),
    moduleVersion: text('module_version'),
    requestIds: uuid('request_ids').array().notNull().default([]),
    /** A release by version, free text until releases are their own records. */
    releaseVersion: text('release_version'),
    /** How long before the window the reminder goes to whoever has not relayed yet. */
    reminderLeadMinutes: integer('reminder_lead_minutes').notNull().default(1440),
    /** The current round of the cascade: 1 when issued, +1 for each change or cancellation. */
    round: integer('round').notNull().default(1),
    cancelReason: text('cancel_reason'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (table) => [index('notices_window_idx').on(table.windowStart), index('notices_created_idx').on(table.createdAt, table.id)],
);

/** Each round of the cascade: the first issue, a changed window, or the cancellation. */
export const noticeRounds = pgTable(
  'notice_rounds',
  {
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    /** `issued`, `update` or `cancellation`. */
    kind: text('kind').notNull(),
    windowStart: timestamptz('window_start').notNull(),
    windowEnd: timestamptz('window_end').notNull(),
    /** What changed, in the help desk's words. */
    note: text('note'),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [uniqueIndex('notice_rounds_pk').on(table.noticeId, table.round)],
);

/**
 * One hop of the cascade to one person for one site and round: who sent it (the relayer), their
 * local words, the mail, and when it was delivered (the mail's state), opened and acknowledged.
 */
export const noticeDeliveries = pgTable(
  'notice_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    /** `coordinator`, `site_admin` or `end_user`. */
    hop: text('hop').notNull(),
    recipientId: uuid('recipient_id').references(() => users.id, { onDelete: 'set null' }),
    recipientEmail: text('recipient_email').notNull(),
    recipientName: text('recipient_name').notNull(),
    locale: text('locale').notNull(),
    senderId: uuid('sender_id').references(() => users.id, { onDelete: 'set null' }),
    localWords: text('local_words'),
    emailId: uuid('email_id').references(() => outboundEmails.id, { onDelete: 'set null' }),
    sentAt: timestamptz('sent_at').notNull(),
    openedAt: timestamptz('opened_at'),
    acknowledgedAt: timestamptz('acknowledged_at'),
    /** When this person passed it on to the next hop for this site. */
    relayedAt: timestamptz('relayed_at'),
    reminderSentAt: timestamptz('reminder_sent_at'),
  },
  (table) => [
    uniqueIndex('notice_deliveries_recipient_idx').on(table.noticeId, table.round, table.siteId, table.hop, table.recipientEmail),
    index('notice_deliveries_inbox_idx').on(table.recipientId, table.noticeId).where(sql`${table.recipientId} is not null`),
  ],
);
