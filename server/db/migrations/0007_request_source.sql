ALTER TABLE "help_requests" ADD COLUMN "source" jsonb DEFAULT '{"via":"web"}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "help_requests" ADD COLUMN "client_id" uuid;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD COLUMN "client_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "help_requests_client_id_idx" ON "help_requests" USING btree ("client_id") WHERE "help_requests"."client_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "timeline_events_client_id_idx" ON "timeline_events" USING btree ("client_id") WHERE "timeline_events"."client_id" is not null;