import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/client.ts';
import { helpRequests, kbArticleRequests, kbArticleRevisions, kbArticles, kbVotes, timelineEvents } from '../db/schema/index.ts';
import { insertArticle } from '../kb/insert-article.ts';
import type { Actor } from '../policies/actor.ts';
import { DEMO_ARTICLES, type DemoArticle } from './demo-articles.ts';

const DAY = 86_400_000;
/** At most this many resolved requests are linked to each article. */
const LINKS_PER_ARTICLE = 2;

/** Votes from demo users who are not the author: a deterministic handful, mostly helpful. */
function votersFor(index: number, article: DemoArticle, people: Actor[]) {
  const others = people.filter((person) => person.email !== article.author);
  const count = 2 + ((index * 7) % 9);
  return Array.from({ length: Math.min(count, others.length) }, (_, n) => ({
    userId: others[(index * 5 + n * 3) % others.length].id,
    isHelpful: (index + n) % 5 !== 0,
  })).filter((vote, n, all) => all.findIndex((other) => other.userId === vote.userId) === n);
}

async function insertDemoArticle(tx: Transaction, article: DemoArticle, index: number, people: Actor[], now: number) {
  const byEmail = (email: string) => {
    const person = people.find((candidate) => candidate.email === email);
    if (!person) throw new Error(`Demo article author ${email} is not a demo user`);
    return person;
  };
  const createdAt = new Date(now - article.daysAgo * DAY);
  const row = await insertArticle(
    tx,
    {
      title: article.title,
      body: article.body,
      module: article.module,
      tags: article.tags,
      language: article.language,
      isPublished: !article.isDraft,
      authorId: byEmail(article.author).id,
    },
    createdAt,
  );
  let updatedAt = createdAt;
  if (article.revision2) {
    updatedAt = new Date(now - article.revision2.daysAgo * DAY);
    const title = article.revision2.title ?? article.title;
    await tx.insert(kbArticleRevisions).values({
      articleId: row.id,
      revision: 2,
      title,
      body: article.revision2.body,
      editorId: byEmail(article.revision2.editor).id,
      note: article.revision2.note,
      createdAt: updatedAt,
    });
    await tx
      .update(kbArticles)
      .set({ title, body: article.revision2.body, revision: 2, updatedAt })
      .where(eq(kbArticles.id, row.id));
  }
  if (article.isDraft) return { ...row, updatedAt };
  const votes = votersFor(index, article, people);
  if (votes.length > 0)
    await tx.insert(kbVotes).values(votes.map((vote) => ({ ...vote, articleId: row.id, createdAt: updatedAt })));
  const helpful = votes.filter((vote) => vote.isHelpful).length;
  await tx
    .update(kbArticles)
    .set({ helpfulCount: helpful, notHelpfulCount: votes.length - helpful, viewCount: votes.length * 4 + ((index * 13) % 37) })
    .where(eq(kbArticles.id, row.id));
  return { ...row, updatedAt };
}

/**
 * Links resolved and closed demo requests to the article that answers them (same language and
 * module, a shared tag), as the help desk would when resolving: a link row and a `kb_article_linked` event stamped
 * with the request's last change, so its timeline stays in order.
 */
async function linkSolvedRequests(
  tx: Transaction,
  articles: { id: string; title: string; article: DemoArticle }[],
  linker: Actor,
): Promise<number> {
  const tags = [...new Set(articles.flatMap(({ article }) => article.solves ?? []))];
  if (tags.length === 0) return 0;
  const candidates = await tx
    .select({
      id: helpRequests.id,
      language: helpRequests.language,
      module: helpRequests.module,
      tags: helpRequests.tags,
      updatedAt: helpRequests.updatedAt,
    })
    .from(helpRequests)
    .where(
      and(
        inArray(helpRequests.status, ['resolved', 'closed']),
        sql`${helpRequests.tags} && array(select jsonb_array_elements_text(${JSON.stringify(tags)}::jsonb))`,
      ),
    )
    .orderBy(asc(helpRequests.reference));
  const taken = new Set<string>();
  let links = 0;
  for (const { id, title, article } of articles) {
    const solves = article.solves ?? [];
    const matches = candidates
      .filter((request) => !taken.has(request.id) && request.language === article.language)
      .filter((request) => article.module === null || request.module === article.module)
      .filter((request) => request.tags.some((tag) => solves.includes(tag)))
      .slice(0, LINKS_PER_ARTICLE);
    for (const request of matches) {
      taken.add(request.id);
      await tx
        .insert(kbArticleRequests)
        .values({ articleId: id, requestId: request.id, linkedById: linker.id, createdAt: request.updatedAt });
      await tx.insert(timelineEvents).values({
        requestId: request.id,
        type: 'kb_article_linked',
        actorId: linker.id,
        data: { articleId: id, title },
        createdAt: request.updatedAt,
      });
      links++;
    }
  }
  return links;
}

/** The demo knowledge base: 30+ articles in five languages, a few drafts, votes, views and linked requests. */
export async function seedDemoArticles(options: {
  db: Database;
  /** The demo users; authors and editors are found among them by e-mail. */
  people: Actor[];
  now?: Date;
  log?: (line: string) => void;
}): Promise<{ articles: number; links: number }> {
  const { db, people } = options;
  const now = (options.now ?? new Date()).getTime();
  options.log?.(`Seeding demo data: ${DEMO_ARTICLES.length} knowledge-base articles…`);
  const linker = people.find((person) => person.email === 'help_desk@demo.test') ?? people[0];
  return db.transaction(async (tx) => {
    const saved: { id: string; title: string; article: DemoArticle }[] = [];
    for (const [index, article] of DEMO_ARTICLES.entries()) {
      const row = await insertDemoArticle(tx, article, index, people, now);
      saved.push({ id: row.id, title: article.revision2?.title ?? article.title, article });
    }
    const links = await linkSolvedRequests(
      tx,
      saved.filter(({ article }) => !article.isDraft),
      linker,
    );
    return { articles: saved.length, links };
  });
}
