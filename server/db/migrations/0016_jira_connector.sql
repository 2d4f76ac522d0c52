CREATE TABLE "jira_comment_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vendor_team_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"jira_comment_id" text NOT NULL,
	"direction" text NOT NULL,
	"timeline_event_id" bigint NOT NULL,
	"community_reply_id" uuid,
	"jira_updated" text,
	"is_deleted" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jira_connections" (
	"vendor_team_id" uuid PRIMARY KEY NOT NULL,
	"flavour" text NOT NULL,
	"base_url" text NOT NULL,
	"auth_email" text,
	"api_token_sealed" text,
	"webhook_secret_sealed" text,
	"project_key" text NOT NULL,
	"issue_type" text DEFAULT 'Bug' NOT NULL,
	"service_desk_id" text,
	"request_type_id" text,
	"field_mapping" jsonb NOT NULL,
	"status_mapping" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_sending_public_comments" boolean DEFAULT false NOT NULL,
	"is_enabled" boolean DEFAULT true NOT NULL,
	"last_sync_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jira_issue_links" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"vendor_team_id" uuid NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"issue_id" text,
	"issue_key" text,
	"uploaded_attachment_ids" text[] DEFAULT '{}' NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jira_webhook_deliveries" (
	"vendor_team_id" uuid NOT NULL,
	"identifier" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jira_webhook_deliveries_vendor_team_id_identifier_pk" PRIMARY KEY("vendor_team_id","identifier")
);
--> statement-breakpoint
ALTER TABLE "jira_comment_links" ADD CONSTRAINT "jira_comment_links_vendor_team_id_vendor_teams_id_fk" FOREIGN KEY ("vendor_team_id") REFERENCES "public"."vendor_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jira_comment_links" ADD CONSTRAINT "jira_comment_links_request_id_help_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."help_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jira_comment_links" ADD CONSTRAINT "jira_comment_links_timeline_event_id_timeline_events_id_fk" FOREIGN KEY ("timeline_event_id") REFERENCES "public"."timeline_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jira_comment_links" ADD CONSTRAINT "jira_comment_links_community_reply_id_community_replies_id_fk" FOREIGN KEY ("community_reply_id") REFERENCES "public"."community_replies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jira_connections" ADD CONSTRAINT "jira_connections_vendor_team_id_vendor_teams_id_fk" FOREIGN KEY ("vendor_team_id") REFERENCES "public"."vendor_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jira_issue_links" ADD CONSTRAINT "jira_issue_links_request_id_help_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."help_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jira_issue_links" ADD CONSTRAINT "jira_issue_links_vendor_team_id_vendor_teams_id_fk" FOREIGN KEY ("vendor_team_id") REFERENCES "public"."vendor_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jira_webhook_deliveries" ADD CONSTRAINT "jira_webhook_deliveries_vendor_team_id_vendor_teams_id_fk" FOREIGN KEY ("vendor_team_id") REFERENCES "public"."vendor_teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "jira_comment_links_comment_idx" ON "jira_comment_links" USING btree ("vendor_team_id","jira_comment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jira_comment_links_event_idx" ON "jira_comment_links" USING btree ("timeline_event_id");--> statement-breakpoint
CREATE INDEX "jira_comment_links_request_idx" ON "jira_comment_links" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jira_issue_links_key_idx" ON "jira_issue_links" USING btree ("vendor_team_id","issue_key") WHERE "jira_issue_links"."issue_key" is not null;--> statement-breakpoint
CREATE INDEX "jira_issue_links_team_idx" ON "jira_issue_links" USING btree ("vendor_team_id","state");