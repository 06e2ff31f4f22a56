CREATE TABLE "hp_voortgang" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scan_id" uuid NOT NULL,
	"hp_id" uuid NOT NULL,
	"status" text NOT NULL,
	"notitie" text,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "handelingsperspectieven" ADD COLUMN "eigenaar_member_id" uuid;--> statement-breakpoint
ALTER TABLE "hp_voortgang" ADD CONSTRAINT "hp_voortgang_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hp_voortgang" ADD CONSTRAINT "hp_voortgang_hp_id_handelingsperspectieven_id_fk" FOREIGN KEY ("hp_id") REFERENCES "public"."handelingsperspectieven"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hp_voortgang" ADD CONSTRAINT "hp_voortgang_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hp_voortgang_hp_id_created_at_index" ON "hp_voortgang" USING btree ("hp_id","created_at");--> statement-breakpoint
CREATE INDEX "hp_voortgang_scan_id_index" ON "hp_voortgang" USING btree ("scan_id");--> statement-breakpoint
ALTER TABLE "handelingsperspectieven" ADD CONSTRAINT "handelingsperspectieven_eigenaar_member_id_scan_members_id_fk" FOREIGN KEY ("eigenaar_member_id") REFERENCES "public"."scan_members"("id") ON DELETE set null ON UPDATE no action;