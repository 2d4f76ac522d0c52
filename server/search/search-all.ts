import { type SQL, sql } from 'drizzle-orm';
import type { TSearchHit, TSearchQuery, TSearchResponse } from '../../shared/search-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { type Actor, isStaff } from '../policies/actor.ts';
import { can } from '../policies/global-policy.ts';
import { requestScopeCondition } from '../policies/request-policy.ts';
import { headline, queryCte, titleTypoMatch, toSnippet, typoWords } from './search-sql.ts';

type HitRow = {
  type: TSearchHit['type'];
  id: string;
  title: string;
  reference: string | null;
  module: string | null;
  language: string;
  site_id: string | null;
  site_code: string | null;
  status: string | null;
  snippet: string | null;
  rank: number;
};
type FacetRow = { type: string; module: string | null; language: string; site_code: string | null; n: number };

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const any = (values: string[] | undefined, column: SQL) =>
  values?.length
    ? sql`${column} in (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`
    : sql`true`;

/** Matches a document's words, or its title despite typos; ranks both. */
function textMatch(words: string[], search: SQL, title: SQL) {
  const typo = titleTypoMatch(words, title);
  return { condition: sql`(${search} @@ q.tsq or ${typo.condition})`, rank: sql`ts_rank_cd(${search}, q.tsq) + ${typo.bonus}` };
}

/** The candidate set of each type, as (id, rank) plus the fields facets need. */
function candidates(actor: Actor, query: TSearchQuery, requestStatuses?: string[]) {
  const mayReadDrafts = can(actor, 'publishArticles');
  const words = typoWords(query.q);
  const article = textMatch(words, sql`a.search`, sql`a.title`);
  const topic = textMatch(words, sql`t.search`, sql`t.title`);
  const request = textMatch(words, sql`help_requests.search`, sql`help_requests.summary`);
  const articles = sql`
    select 'article'::text as type, a.id, a.module, a.language, null::uuid as site_id,
      ${article.rank} as rank
    from kb_articles a, q
    where ${article.condition}
      and (a.status = 'published' or ${mayReadDrafts} or a.author_id = ${actor.id})
      and (a.module is null or ${any(query.module, sql`a.module`)}) and ${any(query.language, sql`a.language`)}`;
  const topics = sql`
    select 'topic'::text as type, t.id, t.category as module, t.language, null::uuid as site_id,
      ${topic.rank} as rank
    from community_topics t, q
    where ${topic.condition}
      and ${any(query.module, sql`t.category`)} and ${any(query.language, sql`t.language`)}`;
  const scope = requestScopeCondition(actor) ?? sql`true`;
  const mayReadInternal = isStaff(actor);
  const requests = sql`
    select 'request'::text as type, help_requests.id, help_requests.module, help_requests.language, help_requests.site_id,
      ${request.rank} as rank
    from help_requests, q
    where (${request.condition}
        or help_requests.id in (
          select e.request_id from timeline_events e, q
          where e.type in ('comment', 'internal_note') and e.search @@ q.tsq and (not e.is_internal or ${mayReadInternal})))
      and ${scope}
      and ${any(query.module, sql`help_requests.module`)} and ${any(query.language, sql`help_requests.language`)}
      and ${any(query.siteId, sql`help_requests.site_id`)} and ${any(requestStatuses, sql`help_requests.status`)}`;
  const wanted = query.type?.length ? query.type : ['article', 'topic', 'request'];
  const parts = [
    wanted.includes('article') && !query.siteId?.length ? articles : null,
    wanted.includes('topic') && !query.siteId?.length ? topics : null,
    wanted.includes('request') ? requests : null,
  ].filter((part): part is SQL => part !== null);
  return sql.join(parts, sql` union all `);
}

/** One search over articles, topics and the requests the actor may see, ranked, with snippets and facets. */
export async function searchAll(options: {
  db: DbOrTx;
  actor: Actor;
  query: TSearchQuery;
  /** Only requests in these statuses (suggestions show solved ones). */
  requestStatuses?: string[];
  withFacets?: boolean;
}): Promise<TSearchResponse> {
  const { db, actor, query } = options;
  const matches = candidates(actor, query, options.requestStatuses);
  const top = await db.execute(sql`
    with ${queryCte(query.q)}, hits as (${matches}), best as (select * from hits order by rank desc limit ${query.limit})
    select best.type, best.id, best.rank, best.module, best.language, best.site_id,
      coalesce(a.title, t.title, r.summary) as title, r.reference, s.code as site_code,
      coalesce(a.status, r.status) as status,
      case best.type
        when 'article' then ${headline(sql`a.language`, sql`a.body`)}
        when 'topic' then ${headline(sql`t.language`, sql`t.body`)}
        else ${headline(sql`r.language`, sql`r.summary || ' — ' || r.description`)}
      end as snippet
    from best cross join q
      left join kb_articles a on best.type = 'article' and a.id = best.id
      left join community_topics t on best.type = 'topic' and t.id = best.id
      left join help_requests r on best.type = 'request' and r.id = best.id
      left join sites s on s.id = r.site_id
    order by best.rank desc`);
  const emptyFacets = { type: {}, module: {}, language: {}, site: {} };
  if (options.withFacets === false) return { items: rowsOf<HitRow>(top).map(presentHit), facets: emptyFacets };
  const facets = await db.execute(sql`
    with ${queryCte(query.q)}, hits as (${matches})
    select hits.type, hits.module, hits.language, s.code as site_code, count(*)::int as n
    from hits left join sites s on s.id = hits.site_id
    group by 1, 2, 3, 4`);
  return { items: rowsOf<HitRow>(top).map(presentHit), facets: summariseFacets(rowsOf<FacetRow>(facets)) };
}

export function presentHit(row: HitRow): TSearchHit {
  const path =
    row.type === 'article' ? `/kb/${row.id}` : row.type === 'topic' ? `/community/${row.id}` : `/requests/${row.reference}`;
  return {
    type: row.type,
    id: row.id,
    title: row.title,
    reference: row.reference,
    module: row.module,
    language: row.language,
    siteId: row.site_id,
    siteCode: row.site_code,
    status: row.status,
    snippet: toSnippet(row.snippet),
    rank: Number(row.rank),
    path,
  };
}

function summariseFacets(rows: FacetRow[]): TSearchResponse['facets'] {
  const facets: TSearchResponse['facets'] = { type: {}, module: {}, language: {}, site: {} };
  const add = (facet: Record<string, number>, key: string | null, n: number) => {
    if (key) facet[key] = (facet[key] ?? 0) + n;
  };
  for (const row of rows) {
    add(facets.type, row.type, row.n);
    add(facets.module, row.module, row.n);
    add(facets.language, row.language, row.n);
    add(facets.site, row.site_code, row.n);
  }
  return facets;
}
