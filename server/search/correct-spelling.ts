import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';

/** Words shorter than this are left alone: too few trigrams to tell a typo from another word. */
const MIN_LENGTH = 4;

type Row = { word: string; known: boolean; closest: string | null };

/**
 * The query with each word that no article or topic title uses replaced by the most similar one
 * that does (pg_trgm similarity over the small `search_vocabulary` table), or null when nothing
 * changes. "pasword resett" becomes "password reset".
 */
export async function correctSpelling(db: DbOrTx, text: string): Promise<string | null> {
  const words = text.split(/\s+/).filter(Boolean).slice(0, 8);
  if (!words.some((word) => word.length >= MIN_LENGTH)) return null;
  const result = await db.execute(sql`
    select w.word,
      exists (select 1 from search_vocabulary v where v.word = sh_unaccent(lower(w.word))) as known,
      (select v.word from search_vocabulary v
        where v.word % sh_unaccent(lower(w.word))
        order by similarity(v.word, sh_unaccent(lower(w.word))) desc, v.word limit 1) as closest
    from jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) with ordinality as w(word, position)
    order by w.position`);
  const rows = (result as unknown as { rows: Row[] }).rows;
  let isChanged = false;
  const corrected = rows.map((row) => {
    if (row.word.length < MIN_LENGTH || row.known || !row.closest) return row.word;
    isChanged = true;
    return row.closest;
  });
  return isChanged ? corrected.join(' ') : null;
}
