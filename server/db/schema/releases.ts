import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { helpRequests } from './help-requests.ts';
import { users } from './users.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** A maintenance release of one module: the requests it fixes and those deferred to it. */
export const releases = pgTable(
  'releases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    version: text('version').notNull(),
    module: text('module').notNull(),
    plannedDate: date('planned_date', { mode: 'string' }).notNull(),
    /** planned → in_testing → shipped */
    status: text('status').notNull().default('planned'),
    notes: text('notes').notNull().default(''),
    shippedAt: timestamptz('shipped_at'),
    shippedById: uuid('shipped_by_id').references(() => users.id),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (table) => [uniqueIndex('releases_module_version_idx').on(table.module, table.version)],
);

/** The release carrying a request's fix (or the one it is deferred to); one per request. */
export const requestReleases = pgTable(
  'request_releases',
  {
    requestId: uuid('request_id')
      .primaryKey()
      .references(() => helpRequests.id),
    releaseId: uuid('release_id')
      .notNull()
      .references(() => releases.id),
    /** `fix`: linked as carrying its code change; `deferral`: deferred to it by consultation. */
    via: text('via').notNull().default('fix'),
    linkedById: uuid('linked_by_id').references(() => users.id),
    /** When shipping this release updated the request; null until then, so a retried ship job skips it. */
    shippedAt: timestamptz('shipped_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [index('request_releases_release_idx').on(table.releaseId, table.via)],
);

/** A help-desk proposal to defer a request to a release; it takes effect once both parties approve. */
export const deferralProposals = pgTable(
  'deferral_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => helpRequests.id),
    releaseId: uuid('release_id')
      .notNull()
      .references(() => releases.id),
    reason: text('reason').notNull(),
    /** pending, approved or rejected */
    status: text('status').notNull().default('pending'),
    proposedById: uuid('proposed_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    closedAt: timestamptz('closed_at'),
  },
  (table) => [
    index('deferral_proposals_request_idx').on(table.requestId),
    index('deferral_proposals_release_idx').on(table.releaseId, table.status),
    // At most one open proposal per request.
    uniqueIndex('deferral_proposals_pending_idx').on(table.requestId).where(sql`${table.status} = 'pending'`),
  ],
);

/** One party's decision on a proposal, with its comment; each party decides once. */
export const deferralDecisions = pgTable(
  'deferral_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => deferralProposals.id),
    /** help_desk or module_coordinator */
    party: text('party').notNull(),
    /** approve or reject */
    decision: text('decision').notNull(),
    comment: text('comment').notNull(),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [uniqueIndex('deferral_decisions_party_idx').on(table.proposalId, table.party)],
);
