import type { TSuggestionsResponse } from '../../shared/search-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import type { Actor } from '../policies/actor.ts';
import { parseSearchQuery } from './parse-search-query.ts';
import { searchAll } from './search-all.ts';

const PER_KIND = 3;

/** What a level-1 worker sees while typing a summary: articles, solved requests, topics. */
export async function suggest(options: {
  db: DbOrTx;
  actor: Actor;
  q: string;
  module?: string;
  siteId?: string;
}): Promise<TSuggestionsResponse> {
  // A summary is a sentence, not a query: any of its words may match, and documents that share
  // more of them rank first (ts_rank_cd), so "password reset for caseworker" still finds the
  // password article.
  const anyWord = options.q
    .split(/[\s"()-]+/)
    .filter(Boolean)
    .join(' or ');
  const base = { q: anyWord, limit: PER_KIND, module: options.module ? [options.module as 'cp'] : undefined };
  const parsed = await parseSearchQuery(options.db, anyWord);
  const [articles, requests, topics] = await Promise.all([
    searchAll({ ...options, query: { ...base, type: ['article'] }, withFacets: false, parsed }),
    searchAll({
      ...options,
      query: { ...base, type: ['request'] },
      solvedRequestsOnly: true,
      withFacets: false,
      parsed,
    }),
    searchAll({ ...options, query: { ...base, type: ['topic'] }, withFacets: false, parsed }),
  ]);
  return { articles: articles.items, requests: requests.items, topics: topics.items };
}
