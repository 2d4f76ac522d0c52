import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { helpRequests, kbArticleRequests, kbArticleRevisions, kbArticles, kbVotes, timelineEvents } from '../db/schema/index.ts';
import { renderMarkdown } from '../kb/markdown/render-markdown.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { seedDemo } from './seed-demo.ts';

let handle: TestDatabase;
let db: Database;
let seconds = Number.POSITIVE_INFINITY;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  // The log line before the articles and the one after them time the knowledge-base part alone.
  let articlesFrom = 0;
  await seedDemo({
    db,
    password: 'test-password-1',
    requestCount: 120,
    log: (line) => {
      if (line.includes('knowledge-base articles')) articlesFrom = performance.now();
      if (line.endsWith('done.') && articlesFrom) seconds = (performance.now() - articlesFrom) / 1000;
    },
  });
});
afterAll(() => handle?.close());

describe('[SEED]: demo knowledge base', () => {
  it('has 30+ articles in five languages, mostly published, a few drafts, each with its revisions', async () => {
    const articles = await db.select().from(kbArticles);
    expect(articles.length).toBeGreaterThanOrEqual(30);
    expect(new Set(articles.map((article) => article.language))).toEqual(new Set(['en', 'fr', 'es', 'pt', 'ar']));
    const drafts = articles.filter((article) => article.status === 'draft');
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    expect(drafts.length).toBeLessThan(articles.length / 4);
    expect(new Set(articles.map((article) => article.module))).toEqual(new Set([null, 'cp', 'gbv', 'mrm']));
    const revisions = await db.select().from(kbArticleRevisions);
    for (const article of articles) {
      expect(revisions.filter((revision) => revision.articleId === article.id).length, article.title).toBe(article.revision);
      expect(article.tags.length, article.title).toBeGreaterThan(0);
      expect(renderMarkdown(article.body)).not.toMatch(/&lt;|<script/);
    }
    expect(articles.filter((article) => article.revision === 2).length).toBeGreaterThanOrEqual(3);
    expect(seconds).toBeLessThan(3);
  });

  it('gives published articles votes that match their counts, and no votes to drafts', async () => {
    const articles = await db.select().from(kbArticles);
    const votes = await db.select().from(kbVotes);
    for (const article of articles) {
      const mine = votes.filter((vote) => vote.articleId === article.id);
      expect(article.helpfulCount, article.title).toBe(mine.filter((vote) => vote.isHelpful).length);
      expect(article.notHelpfulCount, article.title).toBe(mine.filter((vote) => !vote.isHelpful).length);
      if (article.status === 'draft') expect(mine).toEqual([]);
      else expect(article.viewCount).toBeGreaterThanOrEqual(mine.length);
    }
  });

  it('links a few resolved requests to the published article that answered them, on their timelines', async () => {
    const links = await db
      .select({ request: helpRequests, article: kbArticles })
      .from(kbArticleRequests)
      .innerJoin(helpRequests, eq(helpRequests.id, kbArticleRequests.requestId))
      .innerJoin(kbArticles, eq(kbArticles.id, kbArticleRequests.articleId));
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const { request, article } of links) {
      expect(['resolved', 'closed']).toContain(request.status);
      expect(article.status).toBe('published');
      expect(request.language).toBe(article.language);
      expect([null, request.module]).toContain(article.module);
      const events = await db.select().from(timelineEvents).where(eq(timelineEvents.requestId, request.id));
      expect(events.some((event) => event.type === 'kb_article_linked' && event.data.articleId === article.id)).toBe(true);
    }
  });
});
