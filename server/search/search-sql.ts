import { type SQL, sql } from 'drizzle-orm';

/** Configurations every document may be indexed in; a query is parsed in each and OR-ed. */
const CONFIGS = ['english', 'french', 'spanish', 'portuguese', 'arabic', 'simple'] as const;

/** `q.tsq`: the query parsed in every language configuration, accent-free. */
export function queryCte(text: string): SQL {
  return sql`q as (select ${tsQuery(text)} as tsq)`;
}

/**
 * The same query as an expression. Written inline (not read from `q`), PostgreSQL folds it to a
 * constant and estimates how many rows match, so it picks the right plan for rare and common words.
 */
export function tsQuery(text: string): SQL {
  const parsed = CONFIGS.map(
    (config) => sql`websearch_to_tsquery(${sql.raw(`'pg_catalog.${config}'`)}::regconfig, sh_unaccent(${text}))`,
  );
  return sql`(${sql.join(parsed, sql` || `)})`;
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

/** The words of a query worth typo-matching: four letters or more, at most six of them. */
export function typoWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 4);
  return [...new Set(words)].slice(0, 6);
}

/**
 * Typo tolerance on a title: some query word is close to a word of the title (pg_trgm's `<%`,
 * which the trigram index on the title serves), and a rank bonus for how close they all are.
 */
export function titleTypoMatch(words: string[], title: SQL): { condition: SQL; bonus: SQL } {
  if (words.length === 0) return { condition: sql`false`, bonus: sql`0` };
  const target = sql`sh_unaccent(lower(${title}))`;
  const each = words.map((word) => sql`sh_unaccent(lower(${word}))`);
  return {
    condition: sql`(${sql.join(
      each.map((word) => sql`${word} <% ${target}`),
      sql` or `,
    )})`,
    bonus: sql`((${sql.join(
      each.map((word) => sql`word_similarity(${word}, ${target})`),
      sql` + `,
    )}) / ${words.length})`,
  };
}
