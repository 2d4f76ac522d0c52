import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TWorkingHours } from '../../../shared/sla-schemas.ts';
import { helpRequests } from './help-requests.ts';
import { sites } from './sites.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** A site's working days, hours and holidays; its time zone is the site's. No row: the default calendar. */
export const businessCalendars = pgTable('business_calendars', {
  siteId: uuid('site_id')
    .primaryKey()
    .references(() => sites.id, { onDelete: 'cascade' }),
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workingDays: smallint('working_days').array().notNull(),
  hours: jsonb('hours').$type<TWorkingHours[]>().notNull(),
  /** Local dates, `2026-12-25`. */
  holidays: text('holidays').array().notNull().default([]),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

/** Targets by urgency and level, in business minutes. Missing rows fall back to the built-in defaults. */
export const slaPolicies = pgTable(
  'sla_policies',
  {
    urgency: text('urgency').notNull(),
    level: smallint('level').notNull(),
    firstResponseMinutes: integer('first_response_minutes').notNull(),
    nextResponseMinutes: integer('next_response_minutes').notNull(),
    resolutionMinutes: integer('resolution_minutes').notNull(),
    warnPercent: smallint('warn_percent').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.urgency, table.level] })],
);

/**
 * Every SLA warning and breach, once each: the unique key makes a job that runs twice send
 * nothing the second time. Breaches are the history the SLA report reads.
 */
export const slaAlerts = pgTable(
  'sla_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => helpRequests.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    /** `first_response`, `next_response` or `resolution`. */
    clock: text('clock').notNull(),
    /** `warning` or `breach`. */
    kind: text('kind').notNull(),
    /** Which run of the clock: '' for the once-only clocks, the reporter comment's time for next response. */
    cycle: text('cycle').notNull().default(''),
    level: smallint('level').notNull(),
    urgency: text('urgency').notNull(),
    dueAt: timestamptz('due_at').notNull(),
    timelineEventId: bigint('timeline_event_id', { mode: 'number' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('sla_alerts_once_idx').on(table.requestId, table.clock, table.kind, table.cycle),
    index('sla_alerts_created_idx').on(table.kind, table.createdAt),
  ],
);
