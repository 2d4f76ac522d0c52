CREATE TABLE "deferral_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"party" text NOT NULL,
	"decision" text NOT NULL,
	"comment" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deferral_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"release_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"proposed_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "releases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" text NOT NULL,
	"module" text NOT NULL,
	"planned_date" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"shipped_at" timestamp with time zone,
	"shipped_by_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_releases" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"release_id" uuid NOT NULL,
	"via" text DEFAULT 'fix' NOT NULL,
	"linked_by_id" uuid,
	"shipped_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "release_outcome" text DEFAULT 'verify' NOT NULL;--> statement-breakpoint
ALTER TABLE "deferral_decisions" ADD CONSTRAINT "deferral_decisions_proposal_id_deferral_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."deferral_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deferral_decisions" ADD CONSTRAINT "deferral_decisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deferral_proposals" ADD CONSTRAINT "deferral_proposals_request_id_help_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."help_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deferral_proposals" ADD CONSTRAINT "deferral_proposals_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deferral_proposals" ADD CONSTRAINT "deferral_proposals_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "releases" ADD CONSTRAINT "releases_shipped_by_id_users_id_fk" FOREIGN KEY ("shipped_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "releases" ADD CONSTRAINT "releases_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_releases" ADD CONSTRAINT "request_releases_request_id_help_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."help_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_releases" ADD CONSTRAINT "request_releases_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_releases" ADD CONSTRAINT "request_releases_linked_by_id_users_id_fk" FOREIGN KEY ("linked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "deferral_decisions_party_idx" ON "deferral_decisions" USING btree ("proposal_id","party");--> statement-breakpoint
CREATE INDEX "deferral_proposals_request_idx" ON "deferral_proposals" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "deferral_proposals_release_idx" ON "deferral_proposals" USING btree ("release_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "deferral_proposals_pending_idx" ON "deferral_proposals" USING btree ("request_id") WHERE "deferral_proposals"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "releases_module_version_idx" ON "releases" USING btree ("module","version");--> statement-breakpoint
CREATE INDEX "request_releases_release_idx" ON "request_releases" USING btree ("release_id","via");