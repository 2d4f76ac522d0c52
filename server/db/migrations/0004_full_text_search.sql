-- Full-text search over articles, topics, requests and their comments, each document in the
-- language configuration of its own language, accent-insensitive; trigram indexes on titles
-- tolerate typos.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION sh_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION sh_search_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (CASE language
    WHEN 'en' THEN 'pg_catalog.english' WHEN 'fr' THEN 'pg_catalog.french'
    WHEN 'es' THEN 'pg_catalog.spanish' WHEN 'pt' THEN 'pg_catalog.portuguese'
    WHEN 'ar' THEN 'pg_catalog.arabic' ELSE 'pg_catalog.simple' END)::regconfig $$;
--> statement-breakpoint
-- array_to_string is only STABLE in general; for text[] it is immutable.
CREATE OR REPLACE FUNCTION sh_join_words(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_to_string($1, ' ') $$;
--> statement-breakpoint
ALTER TABLE kb_articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(sh_search_config(language), sh_unaccent(title)), 'A') ||
  setweight(to_tsvector(sh_search_config(language), sh_unaccent(sh_join_words(tags))), 'B') ||
  setweight(to_tsvector(sh_search_config(language), sh_unaccent(body)), 'C')) STORED;
--> statement-breakpoint
CREATE INDEX kb_articles_search_idx ON kb_articles USING gin (search);
--> statement-breakpoint
CREATE INDEX kb_articles_title_trgm_idx ON kb_articles USING gin (sh_unaccent(lower(title)) gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE community_topics ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(sh_search_config(language), sh_unaccent(title)), 'A') ||
  setweight(to_tsvector(sh_search_config(language), sh_unaccent(body)), 'C')) STORED;
--> statement-breakpoint
CREATE INDEX community_topics_search_idx ON community_topics USING gin (search);
--> statement-breakpoint
CREATE INDEX community_topics_title_trgm_idx ON community_topics USING gin (sh_unaccent(lower(title)) gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE help_requests ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(sh_search_config(language), sh_unaccent(summary)), 'A') ||
  setweight(to_tsvector('pg_catalog.simple', reference), 'A') ||
  setweight(to_tsvector(sh_search_config(language), sh_unaccent(coalesce(resolution_summary, ''))), 'B') ||
  setweight(to_tsvector(sh_search_config(language), sh_unaccent(description)), 'C')) STORED;
--> statement-breakpoint
CREATE INDEX help_requests_search_idx ON help_requests USING gin (search);
--> statement-breakpoint
CREATE INDEX help_requests_summary_trgm_idx ON help_requests USING gin (sh_unaccent(lower(summary)) gin_trgm_ops);
--> statement-breakpoint
-- Comments and notes are searched in the simple configuration: their language is not known.
ALTER TABLE timeline_events ADD COLUMN search tsvector GENERATED ALWAYS AS (
  to_tsvector('pg_catalog.simple', sh_unaccent(coalesce(body, '')))) STORED;
--> statement-breakpoint
CREATE INDEX timeline_events_search_idx ON timeline_events USING gin (search) WHERE type IN ('comment', 'internal_note');
