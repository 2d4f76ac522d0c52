import { SEARCH_TYPES } from '../../../../shared/search-schemas.ts';
import type { SearchType } from '../../api/search-types.ts';

/** The facets the API counts, and the query-string key each one filters with. */
export const FACET_PARAMS = { type: 'type', module: 'module', language: 'language', site: 'siteId' } as const;
export type Facet = keyof typeof FACET_PARAMS;
export const FACETS = Object.keys(FACET_PARAMS) as Facet[];

/** Query-string keys of the search page; the same names the API takes. */
export const SEARCH_PARAMS = ['q', ...Object.values(FACET_PARAMS)] as const;

export const isSearchType = (value: unknown): value is SearchType =>
  typeof value === 'string' && (SEARCH_TYPES as readonly string[]).includes(value);

/** The values of a comma-separated filter. */
export function listOf(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}

/** Adds `value` to the comma-separated filter `key`, or takes it out when it is there. */
export function toggleIn(params: URLSearchParams, key: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const values = listOf(params, key);
  const changed = values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
  if (changed.length) next.set(key, changed.join(','));
  else next.delete(key);
  return next;
}

export function hasFilters(params: URLSearchParams): boolean {
  return Object.values(FACET_PARAMS).some((key) => params.get(key));
}

/** The API path for the page's query string, or null while there is nothing to search for. */
export function searchApiPath(params: URLSearchParams): string | null {
  const q = params.get('q')?.trim();
  if (!q) return null;
  const query = new URLSearchParams();
  for (const key of SEARCH_PARAMS) {
    const value = key === 'q' ? q : listOf(params, key).join(',');
    if (value) query.set(key, value);
  }
  return `/api/search?${query.toString()}`;
}
