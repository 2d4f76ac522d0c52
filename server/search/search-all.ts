import { type SQL, sql } from 'drizzle-orm';
import type { TSearchHit, TSearchQuery, TSearchResponse } from '../../shared/search-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { type Actor, isStaff } from '../policies/actor.ts';
import { can } from '../policies/global-policy.ts';
import { requestScopeCondition } from '../policies/request-policy.ts';
import { parseSearchQuery, type TParsedSearchQuery } from './parse-search-query.ts';
import { headline, queryCte, toSnippet, tsQuery } from './search-sql.ts';

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

/** A document matches the query's words; its rank is how well. */
function textMatch(search: SQL) {
  return { condition: sql`${search} @@ q.tsq`, rank: sql`ts_rank_cd(${search}, q.tsq)` };
}

const CANDIDATES = 300;

/** The candidate set of each type, as (id, rank) plus the fields facets need. */
function candidates(actor: Actor, query: TSearchQuery, tsquery: string, options: { solvedRequestsOnly?: boolean }) {
  const mayReadDrafts = can(actor, 'publishArticles');
  const article = textMatch(sql`a.search`);
  const topic = textMatch(sql`t.search`);
  const request = textMatch(sql`r.search`);
  // Each kind ranks at most CANDIDATES of its newest matches, so a broad query over a big register
  // stays fast; facets count those candidates. The newest are picked by id alone, and only they
  // are read whole (their search vectors are large) to be ranked.
  const articles = sql`
    select 'article'::text as type, a.id, a.module, a.language, null::uuid as site_id, ${article.rank} as rank
    from (
      select a.id from kb_articles a, q
      where ${article.condition}
        and (a.status = 'published' or ${mayReadDrafts} or a.author_id = ${actor.id})
        and (a.module is null or ${any(query.module, sql`a.module`)}) and ${any(query.language, sql`a.language`)}
      order by a.updated_at desc limit ${CANDIDATES}) m join kb_articles a using (id), q`;
  const topics = sql`
    select 'topic'::text as type, t.id, t.category as module, t.language, null::uuid as site_id, ${topic.rank} as rank
    from (
      select t.id from community_topics t, q
      where ${topic.condition} and ${any(query.module, sql`t.category`)} and ${any(query.language, sql`t.language`)}
      order by t.last_activity_at desc limit ${CANDIDATES}) m join community_topics t using (id), q`;
  const scope = requestScopeCondition(actor) ?? sql`true`;
  const mayReadInternal = isStaff(actor);
  // The newest matching requests by their own words and by their comments, each branch with the
  // scope and filters inside so its LIMIT keeps what the caller may see.
  const tsq = tsQuery(tsquery);
  // Written as literals so that the planner matches the partial index of solved requests.
  const solved = options.solvedRequestsOnly ? sql.raw(`help_requests.status in ('resolved', 'closed')`) : sql`true`;
  const requestFilters = sql`${scope}
    and ${any(query.module, sql`help_requests.module`)} and ${any(query.language, sql`help_requests.language`)}
    and ${any(query.siteId, sql`help_requests.site_id`)} and ${solved}`;
  // Walking the newest requests until enough match is fast when matches are common; when the
  // filters make them rare the walk reads the whole register. Solved requests are such a filter,
  // and have their own index: collect all their matches from it, then keep the newest.
  const ownWords = options.solvedRequestsOnly
    ? sql`(select id, created_at from solved_matches order by created_at desc limit ${CANDIDATES})`
    : sql`(select help_requests.id, help_requests.created_at from help_requests
      where help_requests.search @@ ${tsq} and ${requestFilters}
      order by help_requests.created_at desc limit ${CANDIDATES})`;
  const solvedMatches = sql`solved_matches as materialized (
    select help_requests.id, help_requests.created_at from help_requests
    where help_requests.search @@ ${tsq} and ${requestFilters})`;
  const requestMatches = sql`
    ${ownWords}
    union
    (select help_requests.id, help_requests.created_at from timeline_events e join help_requests on help_requests.id = e.request_id
      where e.type in ('comment', 'internal_note') and e.search @@ ${tsq} and (not e.is_internal or ${mayReadInternal})
        and ${requestFilters}
      order by help_requests.created_at desc limit ${CANDIDATES})`;
  const requests = sql`
    select 'request'::text as type, r.id, r.module, r.language, r.site_id, ${request.rank} as rank
    from (
      select help_requests.id, help_requests.module, help_requests.language, help_requests.site_id,
        help_requests.search, help_requests.summary
      from (select id, created_at from request_matches order by created_at desc limit ${CANDIDATES}) m
        join help_requests on help_requests.id = m.id) r, q`;
  const wanted = query.type?.length ? query.type : ['article', 'topic', 'request'];
  const parts = [
    wanted.includes('article') && !query.siteId?.length ? articles : null,
    wanted.includes('topic') && !query.siteId?.length ? topics : null,
    wanted.includes('request') ? requests : null,
  ].filter((part): part is SQL => part !== null);
  const requestCte = sql`request_matches as materialized (${requestMatches})`;
  return {
    ctes: options.solvedRequestsOnly ? sql`${solvedMatches}, ${requestCte}` : requestCte,
    union: sql.join(parts, sql` union all `),
  };
}

/** One search over articles, topics and the requests the actor may see, ranked, with snippets and facets. */
export async function searchAll(options: {
  db: DbOrTx;
  actor: Actor;
  query: TSearchQuery;
  /** Only resolved and closed requests (suggestions show solved ones). */
  solvedRequestsOnly?: boolean;
  withFacets?: boolean;
  /** The query already parsed, when the caller runs several searches for one text. */
  parsed?: TParsedSearchQuery;
}): Promise<TSearchResponse> {
  const parsed = options.parsed ?? (await parseSearchQuery(options.db, options.query.q));
  const { corrected } = parsed;
  if (!corrected) return runSearch({ ...options, tsquery: parsed.tsquery });
  // A word no title uses: perhaps a misspelling. Search with the query as typed and as corrected
  // side by side; the corrected one wins only when the exact one finds few hits and it finds more.
  const [exact, retried] = await Promise.all([
    runSearch({ ...options, tsquery: parsed.tsquery }),
    runSearch({ ...options, tsquery: corrected.tsquery }),
  ]);
  if (exact.items.length >= MIN_EXACT_HITS || retried.items.length <= exact.items.length) return exact;
  return { ...retried, correctedQuery: corrected.text };
}

const MIN_EXACT_HITS = 3;

async function runSearch(options: {
  db: DbOrTx;
  actor: Actor;
  query: TSearchQuery;
  tsquery: string;
  solvedRequestsOnly?: boolean;
  withFacets?: boolean;
}): Promise<TSearchResponse> {
  const { db, actor, query, tsquery } = options;
  const matches = candidates(actor, query, tsquery, options);
  const facetRows =
    options.withFacets === false
      ? sql`select null::text as type, null::text as module, null::text as language, null::text as site_code, 0 as n where false`
      : sql`select hits.type, hits.module, hits.language, s.code as site_code, count(*)::int as n
          from hits left join sites s on s.id = hits.site_id group by 1, 2, 3, 4`;
  // One statement: the candidates are found once and serve both the page and the facets.
  const result = await db.execute(sql`
    with ${queryCte(tsquery)}, ${matches.ctes}, hits as materialized (${matches.union}),
    best as (select * from hits order by rank desc limit ${query.limit}),
    items as (
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
        left join sites s on s.id = r.site_id),
    facet_rows as (${facetRows})
    select (select coalesce(json_agg(items order by items.rank desc), '[]'::json) from items) as items,
      (select coalesce(json_agg(facet_rows), '[]'::json) from facet_rows) as facets`);
  const [row] = rowsOf<{ items: HitRow[] | string; facets: FacetRow[] | string }>(result);
  const parse = <T>(value: T | string): T => (typeof value === 'string' ? JSON.parse(value) : value);
  return { items: parse(row.items).map(presentHit), facets: summariseFacets(parse(row.facets)) };
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
