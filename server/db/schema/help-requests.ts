import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { TDossier, TRequestSource } from '../../../shared/schemas.ts';
import { sites } from './sites.ts';
import { users } from './users.ts';
import { vendorTeams } from './vendor-teams.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

export const helpRequests = pgTable(
  'help_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    number: integer('number').notNull(),
    module: text('module').notNull(),
    channel: text('channel').notNull(),
    reporterId: uuid('reporter_id').references(() => users.id),
    reporterName: text('reporter_name'),
    reporterContact: text('reporter_contact'),
    summary: text('summary').notNull(),
    /** The site's first language when logged; picks the full-text search configuration. */
    language: text('language').notNull().default('en'),
    description: text('description').notNull().default(''),
    category: text('category').notNull(),
    urgency: text('urgency').notNull(),
    /** 0 = critical … 3 = low, so the register sorts by urgency with an index. */
    urgencyRank: smallint('urgency_rank').notNull(),
    level: smallint('level').notNull().default(1),
    status: text('status').notNull().default('new'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    vendorTeamId: uuid('vendor_team_id').references(() => vendorTeams.id),
    l3State: text('l3_state'),
    fixVersion: text('fix_version'),
    codeChangeUrl: text('code_change_url'),
    tags: text('tags').array().notNull().default([]),
    resolutionSummary: text('resolution_summary'),
    dossier: jsonb('dossier').$type<TDossier>(),
    externalKey: text('external_key'),
    externalUrl: text('external_url'),
    firstResponseDueAt: timestamptz('first_response_due_at'),
    resolutionDueAt: timestamptz('resolution_due_at'),
    firstRespondedAt: timestamptz('first_responded_at'),
    resolvedAt: timestamptz('resolved_at'),
    /** Due after the reporter's latest comment, until staff answer in public. */
    nextResponseDueAt: timestamptz('next_response_due_at'),
    nextResponseStartedAt: timestamptz('next_response_started_at'),
    /** Set while the status stops the clocks (waiting on the reporter, deferred). */
    slaPausedAt: timestamptz('sla_paused_at'),
    /** Business minutes spent paused so far; recomputed targets add them back. */
    slaPausedMinutes: integer('sla_paused_minutes').notNull().default(0),
    /** The soonest due time of a running clock, and when its warning goes out: the register sorts and filters on them. */
    slaDueAt: timestamptz('sla_due_at'),
    slaWarnAt: timestamptz('sla_warn_at'),
    criticalAcknowledgedAt: timestamptz('critical_acknowledged_at'),
    criticalAcknowledgedById: uuid('critical_acknowledged_by_id').references(() => users.id),
    closedAt: timestamptz('closed_at'),
    createdById: uuid('created_by_id').references(() => users.id),
    /** How the row reached the register (web form, offline sync, spreadsheet row, mailbox). */
    source: jsonb('source').$type<TRequestSource>().notNull().default({ via: 'web' }),
    /** Id made by an offline client; a retried sync with the same id never creates a second request. */
    clientId: uuid('client_id'),
    /** Set when this request was merged into another (the survivor); it is then closed. */
    mergedIntoId: uuid('merged_into_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('help_requests_reference_idx').on(table.reference),
    uniqueIndex('help_requests_site_number_idx').on(table.siteId, table.number),
    index('help_requests_created_idx').on(table.createdAt, table.id),
    index('help_requests_site_created_idx').on(table.siteId, table.createdAt, table.id),
    index('help_requests_status_created_idx').on(table.status, table.createdAt, table.id),
    index('help_requests_updated_idx').on(table.updatedAt, table.id),
    index('help_requests_urgency_idx').on(table.urgencyRank, table.createdAt, table.id),
    index('help_requests_assignee_idx').on(table.assigneeId),
    index('help_requests_reporter_idx').on(table.reporterId),
    // A spreadsheet row id names one request per site, so importing the sheet again updates it.
    uniqueIndex('help_requests_sheet_row_idx')
      .on(table.siteId, sql`(${table.source} ->> 'rowId')`)
      .where(sql`${table.source} ->> 'via' = 'spreadsheet' and ${table.source} ->> 'rowId' is not null`),
    uniqueIndex('help_requests_client_id_idx').on(table.clientId).where(sql`${table.clientId} is not null`),
    index('help_requests_sla_due_idx').on(table.slaDueAt, table.id),
    index('help_requests_critical_pending_idx')
      .on(table.createdAt)
      .where(sql`${table.urgency} = 'critical' and ${table.criticalAcknowledgedAt} is null`),
    index('help_requests_merged_into_idx').on(table.mergedIntoId).where(sql`${table.mergedIntoId} is not null`),
    index('help_requests_vendor_team_idx').on(table.vendorTeamId, table.createdAt).where(sql`${table.vendorTeamId} is not null`),
  ],
);

/** Append-only: every change to a request is one row here; it is also the audit log. */
export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => helpRequests.id),
    type: text('type').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    isInternal: boolean('is_internal').notNull().default(false),
    body: text('body'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    /** Id made by an offline client for a comment or change, so a retried sync applies it once. */
    clientId: uuid('client_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [
    index('timeline_events_request_idx').on(table.requestId, table.id),
    uniqueIndex('timeline_events_client_id_idx').on(table.clientId).where(sql`${table.clientId} is not null`),
  ],
);

export const escalations = pgTable(
  'escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => helpRequests.id),
    fromLevel: smallint('from_level').notNull(),
    toLevel: smallint('to_level').notNull(),
    reason: text('reason').notNull(),
    tried: text('tried').notNull().default(''),
    dossier: jsonb('dossier').$type<TDossier>(),
    vendorTeamId: uuid('vendor_team_id').references(() => vendorTeams.id),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [index('escalations_request_idx').on(table.requestId)],
);

export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => helpRequests.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedById: uuid('uploaded_by_id').references(() => users.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [index('attachments_request_idx').on(table.requestId)],
);
