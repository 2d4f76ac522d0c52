import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const sites = pgTable('sites', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  country: text('country').notNull(),
  modules: text('modules').array().notNull().default([]),
  moduleVersions: jsonb('module_versions').$type<Record<string, string>>().notNull().default({}),
  instanceUrl: text('instance_url').notNull().default(''),
  languages: text('languages').array().notNull().default(['en']),
  timeZone: text('time_zone').notNull().default('UTC'),
  contactEmail: text('contact_email').notNull().default(''),
  isActive: boolean('is_active').notNull().default(true),
  /** `verify` or `close`: what a shipped release does to this site's requests it carries. */
  releaseOutcome: text('release_outcome').notNull().default('verify'),
  /** Send whoever opens a request by e-mail an `Auto-Submitted: auto-replied` acknowledgement. */
  sendsMailAcknowledgement: boolean('sends_mail_acknowledgement').notNull().default(false),
  /** A mailed reply to a resolved or closed request: `reopen` it, or open a `new_request` linked to it. */
  closedMailReplyAction: text('closed_mail_reply_action').notNull().default('reopen'),
  /** Last reference number handed out; incremented under a row lock so references never collide. */
  lastRequestNumber: integer('last_request_number').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
