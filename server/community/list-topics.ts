import { and, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { TListTopicsQuery, TListTopicsResponse } from '../../shared/community-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { communityTopics, topicSubscriptions } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { pageCursor } from './page-cursor.ts';
import { presentTopicSummary } from './present-topic.ts';
import { selectTopicSummaries } from './topic-repository.ts';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);

function filters(actor: Actor, query: TListTopicsQuery): (SQL | undefined)[] {
  const q = query.q?.trim();
  const pattern = q ? `%${escapeLike(q)}%` : undefined;
  return [
    query.category?.length ? inArray(communityTopics.category, query.category) : undefined,
    query.language?.length ? inArray(communityTopics.language, query.language) : undefined,
    pattern ? or(ilike(communityTopics.title, pattern), ilike(communityTopics.body, pattern)) : undefined,
    query.mine ? eq(communityTopics.authorId, actor.id) : undefined,
    query.subscribed
      ? sql`exists (select 1 from ${topicSubscriptions} where ${topicSubscriptions.topicId} = ${communityTopics.id} and ${topicSubscriptions.userId} = ${actor.id})`
      : undefined,
  ];
}

/** Topics, pinned first and then by latest activity; keyset-paginated. Everyone signed in reads them all. */
export async function listTopics(options: { db: DbOrTx; actor: Actor; query: TListTopicsQuery }): Promise<TListTopicsResponse> {
  const { db, actor, query } = options;
  let after: SQL | undefined;
  if (query.cursor) {
    const { values, id } = pageCursor.decode(query.cursor, 2);
    const [isPinned, lastActivityAt] = values;
    // Every key descends, so one row comparison walks the (is_pinned, last_activity_at) index.
    after = sql`(${communityTopics.isPinned}, ${communityTopics.lastActivityAt}, ${communityTopics.id}) < (${Boolean(isPinned)}, ${new Date(String(lastActivityAt))}::timestamptz, ${id}::uuid)`;
  }
  const rows = await selectTopicSummaries(db, actor.id)
    .where(and(...filters(actor, query), after))
    .orderBy(desc(communityTopics.isPinned), desc(communityTopics.lastActivityAt), desc(communityTopics.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentTopicSummary),
    nextCursor:
      rows.length > query.limit && last ? pageCursor.encode([last.isPinned, last.lastActivityAt.toISOString()], last.id) : null,
  };
}
