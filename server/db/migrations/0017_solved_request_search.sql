-- Suggestions look for similar solved requests. Filtering the whole register's matches by status
-- reads every match; this index holds only the solved ones (see server/search/search-all.ts).
CREATE INDEX help_requests_solved_search_idx ON help_requests USING gin (search) WITH (fastupdate = off)
  WHERE status IN ('resolved', 'closed');
