-- Search indexes are written straight through instead of through GIN's pending list: every
-- search scans the whole unmerged list until (auto)vacuum merges it, which after a burst of new
-- requests cost searches tens of milliseconds. Writes are few next to reads here.
ALTER INDEX "help_requests_search_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "help_requests_search_trgm_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "help_requests_summary_trgm_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "timeline_events_search_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "kb_articles_search_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "kb_articles_title_trgm_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "community_topics_search_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "community_topics_title_trgm_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "search_vocabulary_trgm_idx" SET (fastupdate = off);
