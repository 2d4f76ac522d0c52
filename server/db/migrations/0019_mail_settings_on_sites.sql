ALTER TABLE "sites" ADD COLUMN "sends_mail_acknowledgement" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "closed_mail_reply_action" text DEFAULT 'reopen' NOT NULL;--> statement-breakpoint
-- Copy each site's mailbox settings onto the site: a mailbox that files at the site by its site_id
-- (its own, or a shared one's fallback) comes before one that reaches it through an address rule;
-- among equals an active mailbox, then the oldest.
UPDATE "sites" SET
  "sends_mail_acknowledgement" = "chosen"."sends_acknowledgement",
  "closed_mail_reply_action" = "chosen"."closed_reply_action"
FROM (
  SELECT DISTINCT ON ("site_id") "site_id", "sends_acknowledgement", "closed_reply_action"
  FROM (
    SELECT "site_id", "sends_acknowledgement", "closed_reply_action", 0 AS "rank", "is_active", "created_at"
    FROM "mailboxes" WHERE "site_id" IS NOT NULL
    UNION ALL
    SELECT ("rule"->>'siteId')::uuid, "sends_acknowledgement", "closed_reply_action", 1, "is_active", "created_at"
    FROM "mailboxes", jsonb_array_elements("site_rules") AS "rule"
  ) AS "candidates"
  ORDER BY "site_id", "rank", "is_active" DESC, "created_at"
) AS "chosen"
WHERE "sites"."id" = "chosen"."site_id";--> statement-breakpoint
ALTER TABLE "mailboxes" DROP COLUMN "sends_acknowledgement";--> statement-breakpoint
ALTER TABLE "mailboxes" DROP COLUMN "closed_reply_action";