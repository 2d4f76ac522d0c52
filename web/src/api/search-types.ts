/** The search API contract (shared/search-schemas.ts), re-exported for the web client. */

export type {
  SearchType,
  TDeflectionResponse,
  TSearchHit,
  TSearchResponse,
  TSuggestionsResponse,
} from '../../../shared/search-schemas.ts';
