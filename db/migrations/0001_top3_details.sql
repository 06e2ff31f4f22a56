ALTER TABLE "handelingsperspectieven" ADD COLUMN "doel_niveau" integer;--> statement-breakpoint
ALTER TABLE "handelingsperspectieven" ADD COLUMN "partners" text;--> statement-breakpoint
ALTER TABLE "handelingsperspectieven" ADD COLUMN "middelen" text;--> statement-breakpoint
ALTER TABLE "handelingsperspectieven" ADD COLUMN "indicator" text;