ALTER TABLE "gemeenten" ADD COLUMN "veiligheidsregio_code" text;--> statement-breakpoint
ALTER TABLE "gemeenten" ADD COLUMN "riec" text;