import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const vendorTeams = pgTable('vendor_teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  modules: text('modules').array().notNull().default([]),
  jiraProjectKey: text('jira_project_key'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Which vendor team receives level-3 requests of a module. */
export const vendorRoutes = pgTable('vendor_routes', {
  module: text('module').primaryKey(),
  vendorTeamId: uuid('vendor_team_id')
    .notNull()
    .references(() => vendorTeams.id, { onDelete: 'cascade' }),
});
