/** Query-string keys of the register; the same names the API takes. */
export const REGISTER_FILTERS = [
  'siteId',
  'module',
  'level',
  'status',
  'urgency',
  'channel',
  'assigneeId',
  'q',
  'createdFrom',
  'createdTo',
  'sla',
] as const;
export type RegisterFilter = (typeof REGISTER_FILTERS)[number];

export const SORT_FIELDS = ['createdAt', 'updatedAt', 'urgency', 'reference', 'due'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

const PAGE_SIZE = '50';

/** The API query for the current URL: known keys only, empty values dropped. */
export function apiQueryOf(params: URLSearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of [...REGISTER_FILTERS, 'sort', 'order'] as const) {
    const value = params.get(key)?.trim();
    if (value) query.set(key, value);
  }
  query.set('limit', PAGE_SIZE);
  return query;
}

export function activeFilterCount(params: URLSearchParams): number {
  return REGISTER_FILTERS.filter((key) => params.get(key)).length;
}
