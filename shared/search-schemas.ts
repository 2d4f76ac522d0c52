import { z } from 'zod';
import { csv, ZId, ZModule } from './schemas.ts';

export const SEARCH_TYPES = ['article', 'topic', 'request'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const ZSearchQuery = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(200),
  type: csv(z.enum(SEARCH_TYPES)),
  module: csv(ZModule),
  language: csv(z.string().min(2).max(10)),
  siteId: csv(ZId),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type TSearchQuery = z.infer<typeof ZSearchQuery>;

/** A piece of a snippet; `isMatch` pieces are the words the query found. */
export const ZSnippetPart = z.object({ text: z.string(), isMatch: z.boolean() });

export const ZSearchHit = z.object({
  type: z.enum(SEARCH_TYPES),
  id: ZId,
  title: z.string(),
  /** The request reference, e.g. SLE-0042. */
  reference: z.string().nullable(),
  module: z.string().nullable(),
  language: z.string(),
  siteId: ZId.nullable(),
  siteCode: z.string().nullable(),
  status: z.string().nullable(),
  snippet: z.array(ZSnippetPart),
  rank: z.number(),
  /** Where the web client shows it. */
  path: z.string(),
});
export type TSearchHit = z.infer<typeof ZSearchHit>;

const ZCounts = z.record(z.string(), z.number());
export const ZSearchResponse = z.object({
  items: z.array(ZSearchHit),
  /** Set when too little matched as typed and the search ran with misspelled words corrected. */
  correctedQuery: z.string().optional(),
  facets: z.object({ type: ZCounts, module: ZCounts, language: ZCounts, site: ZCounts }),
});
export type TSearchResponse = z.infer<typeof ZSearchResponse>;

export const ZSuggestionsQuery = z.object({
  q: z.string().trim().min(3, 'type at least three characters').max(200),
  module: ZModule.optional(),
  siteId: ZId.optional(),
});
export const ZSuggestionsResponse = z.object({
  articles: z.array(ZSearchHit),
  requests: z.array(ZSearchHit),
  topics: z.array(ZSearchHit),
});
export type TSuggestionsResponse = z.infer<typeof ZSuggestionsResponse>;

export const ZSuggestionOpens = z.object({
  opens: z
    .array(z.object({ type: z.enum(SEARCH_TYPES), id: ZId, openedAt: z.string().datetime().optional() }))
    .min(1)
    .max(50),
});

export const ZDeflectionRow = z.object({
  siteId: ZId,
  siteCode: z.string(),
  siteName: z.string(),
  requests: z.number(),
  withSuggestionsOpened: z.number(),
  deflected: z.number(),
  /** Deflected ÷ requests where a suggestion was opened; null when none were. */
  rate: z.number().nullable(),
  resolvedAtLevelOne: z.number(),
});
export const ZDeflectionResponse = z.object({ sites: z.array(ZDeflectionRow) });
export type TDeflectionResponse = z.infer<typeof ZDeflectionResponse>;
