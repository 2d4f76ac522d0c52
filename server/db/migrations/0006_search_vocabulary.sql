-- Words of article and topic titles, accent-free and lower-case: a misspelled query word is
-- corrected to its closest word here (pg_trgm), then searched as usual. Kept by triggers.
CREATE TABLE IF NOT EXISTS search_vocabulary (word text PRIMARY KEY);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS search_vocabulary_trgm_idx ON search_vocabulary USING gin (word gin_trgm_ops);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION sh_title_words(title text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array(SELECT w FROM regexp_split_to_table(sh_unaccent(lower(title)), '[^[:alnum:]]+') AS w WHERE length(w) >= 4) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION sh_learn_title_words() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    INSERT INTO search_vocabulary (word) SELECT unnest(sh_title_words(NEW.title)) ON CONFLICT DO NOTHING;
    RETURN NEW;
  END $$;
--> statement-breakpoint
CREATE TRIGGER kb_articles_learn_words AFTER INSERT OR UPDATE OF title ON kb_articles
  FOR EACH ROW EXECUTE FUNCTION sh_learn_title_words();
--> statement-breakpoint
CREATE TRIGGER community_topics_learn_words AFTER INSERT OR UPDATE OF title ON community_topics
  FOR EACH ROW EXECUTE FUNCTION sh_learn_title_words();
--> statement-breakpoint
INSERT INTO search_vocabulary (word)
  SELECT unnest(sh_title_words(title)) FROM kb_articles
  UNION SELECT unnest(sh_title_words(title)) FROM community_topics
  ON CONFLICT DO NOTHING;
