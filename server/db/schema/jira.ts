import { sql } from 'drizzle-orm';
import { bigint, boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TJiraFieldMapping } from '../../../shared/jira-schemas.ts';
import { communityReplies } from './community.ts';
import { helpRequests, timelineEvents } from './help-requests.ts';
import { vendorTeams } from './vendor-teams.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** A vendor team's Jira: where its level-3 requests become issues. Secrets are AES-256-GCM sealed. */
export const jiraConnections = pgTable('jira_connections', {
  vendorTeamId: uuid('vendor_team_id')
    .primaryKey()
    .references(() => vendorTeams.id, { onDelete: 'cascade' }),
  /** `cloud` (REST v3, ADF), `data_center` (REST v2, wiki text) or `service_management` (servicedeskapi). */
  flavour: text('flavour').notNull(),
  baseUrl: text('base_url').notNull(),
  /** Cloud: the account e-mail of the API token (Basic auth). Data Center uses a PAT (Bearer) and no e-mail. */
  authEmail: text('auth_email'),
  apiTokenSealed: text('api_token_sealed'),
  webhookSecretSealed: text('webhook_secret_sealed'),
  projectKey: text('project_key').notNull(),
  issueType: text('issue_type').notNull().default('Bug'),
  serviceDeskId: text('service_desk_id'),
  requestTypeId: text('request_type_id'),
  fieldMapping: jsonb('field_mapping').$type<TJiraFieldMapping>().notNull(),
  /** Jira status name → level-3 state; unmapped statuses follow their status category. */
  statusMapping: jsonb('status_mapping').$type<Record<string, string>>().notNull().default({}),
  isSendingPublicComments: boolean('is_sending_public_comments').notNull().default(false),
  isEnabled: boolean('is_enabled').notNull().default(true),
  /** Polling watermark: everything updated before it has been read. */
  lastSyncAt: timestamptz('last_sync_at'),
  lastSuccessAt: timestamptz('last_success_at'),
  lastError: text('last_error'),
  lastErrorAt: timestamptz('last_error_at'),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

/** One level-3 request's issue: `pending` until Jira answered, then `linked`; `failed` when Jira refused for good. */
export const jiraIssueLinks = pgTable(
  'jira_issue_links',
  {
    requestId: uuid('request_id')
      .primaryKey()
      .references(() => helpRequests.id),
    vendorTeamId: uuid('vendor_team_id')
      .notNull()
      .references(() => vendorTeams.id, { onDelete: 'cascade' }),
    state: text('state').notNull().default('pending'),
    issueId: text('issue_id'),
    issueKey: text('issue_key'),
    /** Request attachments already uploaded to the issue, so a retry uploads only the rest. */
    uploadedAttachmentIds: text('uploaded_attachment_ids').array().notNull().default([]),
    lastError: text('last_error'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('jira_issue_links_key_idx').on(table.vendorTeamId, table.issueKey).where(sql`${table.issueKey} is not null`),
    index('jira_issue_links_team_idx').on(table.vendorTeamId, table.state),
  ],
);

/**
 * A Jira comment paired with a timeline event: `inbound` ones were mirrored from Jira, `outbound`
 * ones were sent there. A Jira comment we sent is never mirrored back, and one we mirrored is never sent.
 */
export const jiraCommentLinks = pgTable(
  'jira_comment_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vendorTeamId: uuid('vendor_team_id')
      .notNull()
      .references(() => vendorTeams.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => helpRequests.id),
    jiraCommentId: text('jira_comment_id').notNull(),
    direction: text('direction').notNull(),
    timelineEventId: bigint('timeline_event_id', { mode: 'number' })
      .notNull()
      .references(() => timelineEvents.id),
    communityReplyId: uuid('community_reply_id').references(() => communityReplies.id, { onDelete: 'set null' }),
    /** Jira's `updated` of the version mirrored, so a repeated delivery changes nothing. */
    jiraUpdated: text('jira_updated'),
    isDeleted: boolean('is_deleted').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('jira_comment_links_comment_idx').on(table.vendorTeamId, table.jiraCommentId),
    uniqueIndex('jira_comment_links_event_idx').on(table.timelineEventId),
    index('jira_comment_links_request_idx').on(table.requestId),
  ],
);

/** Webhook deliveries seen (X-Atlassian-Webhook-Identifier), so a redelivery is answered but not redone. */
export const jiraWebhookDeliveries = pgTable(
  'jira_webhook_deliveries',
  {
    vendorTeamId: uuid('vendor_team_id')
      .notNull()
      .references(() => vendorTeams.id, { onDelete: 'cascade' }),
    identifier: text('identifier').notNull(),
    receivedAt: timestamptz('received_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.vendorTeamId, table.identifier] })],
);
