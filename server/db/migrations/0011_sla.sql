CREATE TABLE "business_calendars" (
	"site_id" uuid PRIMARY KEY NOT NULL,
	"working_days" smallint[] NOT NULL,
	"hours" jsonb NOT NULL,
	"holidays" text[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"clock" text NOT NULL,
	"kind" text NOT NULL,
	"cycle" text DEFAULT '' NOT NULL,
	"level" smallint NOT NULL,
	"urgency" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"timeline_event_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"urgency" text NOT NULL,
	"level" smallint NOT NULL,
	"first_response_minutes" integer NOT NULL,
	"next_response_minutes" integer NOT NULL,
	"resolution_minutes" integer NOT NULL,
	"warn_percent" smallint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sla_policies_urgency_level_pk" PRIMARY KEY("urgency","level")
);
--> statement-breakpoint
ALTER TABLE "help_requests" ADD COLUMN "next_response_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "help_requests" ADD COLUMN "next_response_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "help_requests" ADD COLUMN "sla_paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "help_requests" ADD COLUMN "sla_paused_minutes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "help_requests" ADD COLUMN "sla_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "help_requests" ADD COLUMN "sla_warn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "help_requests" ADD COLUMN "critical_acknowledged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "help_requests" ADD COLUMN "critical_acknowledged_by_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "is_on_duty" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "business_calendars" ADD CONSTRAINT "business_calendars_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_alerts" ADD CONSTRAINT "sla_alerts_request_id_help_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."help_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_alerts" ADD CONSTRAINT "sla_alerts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sla_alerts_once_idx" ON "sla_alerts" USING btree ("request_id","clock","kind","cycle");--> statement-breakpoint
CREATE INDEX "sla_alerts_created_idx" ON "sla_alerts" USING btree ("kind","created_at");--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_critical_acknowledged_by_id_users_id_fk" FOREIGN KEY ("critical_acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "help_requests_sla_due_idx" ON "help_requests" USING btree ("sla_due_at","id");--> statement-breakpoint
CREATE INDEX "help_requests_critical_pending_idx" ON "help_requests" USING btree ("created_at") WHERE "help_requests"."urgency" = 'critical' and "help_requests"."critical_acknowledged_at" is null;