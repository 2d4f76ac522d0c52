-- The register's quick text filter (ILIKE '%…%') on summary, reference, reporter and description.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "help_requests_search_trgm_idx" ON "help_requests"
  USING gin ((summary || ' ' || reference || ' ' || coalesce(reporter_name, '') || ' ' || description) gin_trgm_ops);
