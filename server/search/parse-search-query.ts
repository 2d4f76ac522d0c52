import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';

/** Configurations every document may be indexed in; a query is parsed in each and OR-ed. */
const CONFIGS = ['english', 'french', 'spanish', 'portuguese', 'arabic', 'simple'];

/** Words shorter than this are left alone: too few trigrams to tell a typo from another word. */
const MIN_CORRECTABLE_LENGTH = 4;
const MAX_WORDS = 8;

export type TParsedSearchQuery = {
  /** The query as tsquery text, accent-free, parsed in every configuration; '' when it has no lexemes. */
  tsquery: string;
  /** The same query with misspelled words replaced, when any were. */
  corrected: { text: string; tsquery: string } | null;
};

type Row = { tsquery: string | null; corrected_text: string | null; corrected_tsquery: string | null };

/**
 * Parses a query once, in one round trip: its tsquery in every language configuration with
 * duplicates removed (most words parse the same in several, and each copy makes matching and
 * ranking slower), and a spelling correction in which each word that no article or topic title
 * uses is replaced by the most similar one that does (pg_trgm over `search_vocabulary`):
 * "pasword resett" becomes "password reset".
 */
export async function parseSearchQuery(db: DbOrTx, text: string): Promise<TParsedSearchQuery> {
  const words = text.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const configs = sql.raw(`array[${CONFIGS.map((config) => `'pg_catalog.${config}'::regconfig`).join(', ')}]`);
  const parsedIn = (input: string | ReturnType<typeof sql>) => sql`(
    select string_agg(distinct '(' || parsed::text || ')', ' | ')
    from unnest(${configs}) as config, websearch_to_tsquery(config, sh_unaccent(${input})) as parsed
    where parsed::text <> '')`;
  const result = await db.execute(sql`
    with words as (
      select w.word, w.position, sh_unaccent(lower(w.word)) as normalised
      from jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) with ordinality as w(word, position)
    ), corrections as (
      select words.position, words.word,
        case when length(words.word) >= ${MIN_CORRECTABLE_LENGTH}
            and not exists (select 1 from search_vocabulary v where v.word = words.normalised)
          then (select v.word from search_vocabulary v where v.word % words.normalised
                order by similarity(v.word, words.normalised) desc, v.word limit 1)
        end as closest
      from words
    ), corrected as (
      select string_agg(coalesce(closest, word), ' ' order by position) as text, bool_or(closest is not null) as is_changed
      from corrections
    )
    select ${parsedIn(text)} as tsquery,
      case when corrected.is_changed then corrected.text end as corrected_text,
      case when corrected.is_changed then ${parsedIn(sql`corrected.text`)} end as corrected_tsquery
    from corrected`);
  const [row] = (result as unknown as { rows: Row[] }).rows;
  const corrected = row?.corrected_text ? { text: row.corrected_text, tsquery: row.corrected_tsquery ?? '' } : null;
  return { tsquery: row?.tsquery ?? '', corrected };
}
