ALTER TABLE "scans" ADD COLUMN "top3_vastgesteld_at" timestamp with time zone;--> statement-breakpoint
-- Scans whose top 3 was fixed before this column existed are in the top-3 phase already.
UPDATE "scans" SET "top3_vastgesteld_at" = "updated_at"
WHERE "stap" = 'handelingsperspectieven'
  AND (SELECT count(*) FROM "handelingsperspectieven" h WHERE h."scan_id" = "scans"."id" AND h."rang" IS NOT NULL) = 3;
