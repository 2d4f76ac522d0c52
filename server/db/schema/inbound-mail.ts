import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { helpRequests } from './help-requests.ts';
import { sites } from './sites.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** An address → site rule of a shared mailbox: mail sent to `address` files at `siteId`. */
export type MailboxSiteRule = { address: string; siteId: string };

/**
 * An IMAP mailbox Support Hub reads requests from: one site's own (`site_id`), or a shared one
 * whose `site_rules` route by the address a mail was sent to (first rule wins, else `site_id`).
 * What happens to the mail once routed (acknowledgement, replies to closed requests) is the
 * site's setting, so one shared mailbox serves sites that answer differently.
 */
export const mailboxes = pgTable('mailboxes', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** The site its mail files at; for a shared mailbox, the site when no rule matches (null: ignore). */
  siteId: uuid('site_id').references(() => sites.id),
  siteRules: jsonb('site_rules').$type<MailboxSiteRule[]>().notNull().default([]),
  host: text('host').notNull(),
  port: integer('port').notNull(),
  /** `tls` (TLS from the first byte, 993), `starttls` or `none` (loopback and tests only). */
  security: text('security').notNull().default('tls'),
  username: text('username').notNull(),
  /** AES-256-GCM with a key derived from the app secret; never sent back by the API. */
  passwordEncrypted: text('password_encrypted'),
  folder: text('folder').notNull().default('INBOX'),
  isActive: boolean('is_active').notNull().default(true),
  lastCheckedAt: timestamptz('last_checked_at'),
  lastError: text('last_error'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

/**
 * Every message read from a mailbox, recorded in the transaction of what it caused and before it
 * is flagged in the mailbox: the unique key makes a second reading (crash, restart) a no-op.
 */
export const inboundMessages = pgTable(
  'inbound_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mailboxId: uuid('mailbox_id')
      .notNull()
      .references(() => mailboxes.id, { onDelete: 'cascade' }),
    /** The Message-ID, or `sha256:<hex>` of the raw source when the message has none. */
    messageKey: text('message_key').notNull(),
    messageId: text('message_id'),
    /** `request_created`, `comment_added`, `reopened`, `bounce`, `auto_reply`, `own_message`, `unrouted`, `failed`. */
    outcome: text('outcome').notNull(),
    requestId: uuid('request_id').references(() => helpRequests.id),
    timelineEventId: bigint('timeline_event_id', { mode: 'number' }),
    subject: text('subject').notNull().default(''),
    fromAddress: text('from_address'),
    /** What could not be read or kept (bad charset, refused attachment …), for the timeline and admins. */
    problems: jsonb('problems').$type<string[]>().notNull().default([]),
    receivedAt: timestamptz('received_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('inbound_messages_key_idx').on(table.mailboxId, table.messageKey),
    index('inbound_messages_message_id_idx').on(table.messageId).where(sql`${table.messageId} is not null`),
    index('inbound_messages_mailbox_idx').on(table.mailboxId, table.receivedAt),
  ],
);

/** Addresses that bounced: outbound mail to them is kept as `suppressed` and never sent. */
export const emailSuppressions = pgTable('email_suppressions', {
  /** Lower-case address. */
  address: text('address').primaryKey(),
  reason: text('reason').notNull(),
  requestId: uuid('request_id').references(() => helpRequests.id),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});
