CREATE TABLE "benchmark_edities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_versie" text NOT NULL,
	"scans" jsonb NOT NULL,
	"groepen" jsonb NOT NULL,
	"cijfers" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "benchmark_edities_model_versie_created_at_index" ON "benchmark_edities" USING btree ("model_versie","created_at");