import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { helpRequests } from './help-requests.ts';
import { users } from './users.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/** A Support Hub knowledge-base article; the body is Markdown, sanitised when rendered. */
export const kbArticles = pgTable(
  'kb_articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** `cp`, `gbv`, `mrm`, or null for all modules. */
    module: text('module'),
    tags: text('tags').array().notNull().default([]),
    /** `en`, `fr`, `es`, `pt`, `ar` or another code (searched with the `simple` configuration). */
    language: text('language').notNull().default('en'),
    status: text('status').notNull().default('draft'),
    authorId: uuid('author_id').references(() => users.id),
    revision: integer('revision').notNull().default(1),
    helpfulCount: integer('helpful_count').notNull().default(0),
    notHelpfulCount: integer('not_helpful_count').notNull().default(0),
    viewCount: integer('view_count').notNull().default(0),
    publishedAt: timestamptz('published_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (table) => [
    index('kb_articles_status_idx').on(table.status, table.updatedAt),
    index('kb_articles_module_idx').on(table.module),
  ],
);

/** Every saved version of an article, for history and diffs. */
export const kbArticleRevisions = pgTable(
  'kb_article_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => kbArticles.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    editorId: uuid('editor_id').references(() => users.id),
    note: text('note'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [uniqueIndex('kb_article_revisions_idx').on(table.articleId, table.revision)],
);

export const kbVotes = pgTable(
  'kb_votes',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => kbArticles.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    isHelpful: boolean('is_helpful').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.userId] })],
);

/** Requests an article solved (or was linked to); the request page lists them too. */
export const kbArticleRequests = pgTable(
  'kb_article_requests',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => kbArticles.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => helpRequests.id),
    linkedById: uuid('linked_by_id').references(() => users.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.requestId] }),
    index('kb_article_requests_request_idx').on(table.requestId),
  ],
);

export const kbAttachments = pgTable(
  'kb_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => kbArticles.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedById: uuid('uploaded_by_id').references(() => users.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [index('kb_attachments_article_idx').on(table.articleId)],
);
