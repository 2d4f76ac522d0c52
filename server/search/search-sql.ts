import { type SQL, sql } from 'drizzle-orm';

/** `q.tsq`: the parsed query (see parseSearchQuery). */
export function queryCte(tsquery: string): SQL {
  return sql`q as (select ${tsQuery(tsquery)} as tsq)`;
}

/**
 * The parsed query as an expression. Written inline (not read from `q`), PostgreSQL sees a
 * constant and estimates how many rows match, so it picks the right plan for rare and common words.
 */
export function tsQuery(tsquery: string): SQL {
  return sql`${tsquery}::tsquery`;
}

// Control characters mark matches in ts_headline output; they cannot occur in stored text we
// highlight, and the result is split on them rather than trusted as HTML.
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

export function headline(configLanguage: SQL, text: SQL): SQL {
  const options = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  return sql`ts_headline(sh_search_config(${configLanguage}), ${text}, q.tsq, ${options})`;
}

/** Splits a headline into plain-text parts, marking the matched words. */
export function toSnippet(headlineText: string | null): { text: string; isMatch: boolean }[] {
  if (!headlineText) return [];
  const parts: { text: string; isMatch: boolean }[] = [];
  for (const [index, chunk] of headlineText.split(MATCH_START).entries()) {
    const [match, rest] = index === 0 ? [null, chunk] : (chunk.split(MATCH_END) as [string, string | undefined]);
    if (match) parts.push({ text: match, isMatch: true });
    if (rest) parts.push({ text: rest, isMatch: false });
  }
  return parts;
}
