import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TImportCounts, TImportProblem, TImportValues } from '../../../shared/register-schemas.ts';
import { helpRequests } from './help-requests.ts';
import { sites } from './sites.ts';
import { users } from './users.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** One uploaded spreadsheet: analysed into a preview, then applied in one transaction. */
export const registerImports = pgTable('register_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  createdById: uuid('created_by_id')
    .notNull()
    .references(() => users.id),
  /** The site chosen for the file; rows may name their own in the Site column. */
  siteId: uuid('site_id').references(() => sites.id),
  fileName: text('file_name').notNull(),
  fileSize: integer('file_size').notNull(),
  format: text('format').notNull(),
  /** `analysing`, `ready` (preview), `failed`, `applying`, `applied`. */
  status: text('status').notNull().default('analysing'),
  rowsTotal: integer('rows_total'),
  rowsDone: integer('rows_done').notNull().default(0),
  counts: jsonb('counts').$type<TImportCounts>().notNull().default({ create: 0, update: 0, unchanged: 0, error: 0 }),
  fileErrors: jsonb('file_errors').$type<TImportProblem[]>().notNull().default([]),
  notices: jsonb('notices').$type<TImportProblem[]>().notNull().default([]),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  appliedAt: timestamptz('applied_at'),
});

/** The preview of one data row: what applying will do, with the values it will write. */
export const registerImportRows = pgTable(
  'register_import_rows',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    importId: uuid('import_id')
      .notNull()
      .references(() => registerImports.id, { onDelete: 'cascade' }),
    row: integer('row').notNull(),
    action: text('action').notNull(),
    requestId: uuid('request_id').references(() => helpRequests.id),
    /** The request's `updated_at` when previewed; a later change makes applying refuse the file. */
    baseUpdatedAt: timestamptz('base_updated_at'),
    values: jsonb('values').$type<TImportValues>(),
    changes: jsonb('changes').$type<{ field: string; from: unknown; to: unknown }[]>().notNull().default([]),
    errors: jsonb('errors').$type<TImportProblem[]>().notNull().default([]),
  },
  (table) => [index('register_import_rows_import_idx').on(table.importId, table.row)],
);

/** Who exported which part of the register, and how far a running export has got. */
export const registerExports = pgTable('register_exports', {
  id: uuid('id').primaryKey(),
  createdById: uuid('created_by_id')
    .notNull()
    .references(() => users.id),
  format: text('format').notNull(),
  filters: jsonb('filters').$type<Record<string, unknown>>().notNull().default({}),
  status: text('status').notNull().default('running'),
  rowsTotal: integer('rows_total').notNull().default(0),
  rowsDone: integer('rows_done').notNull().default(0),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  finishedAt: timestamptz('finished_at'),
});
