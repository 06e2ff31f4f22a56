CREATE TABLE "ronde_stemmen" (
	"ronde_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"niveau" numeric(2, 1),
	"weet_niet" boolean DEFAULT false NOT NULL,
	"toelichting" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ronde_stemmen_ronde_id_member_id_pk" PRIMARY KEY("ronde_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "workshop_rondes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scan_id" uuid NOT NULL,
	"dimensie_id" text NOT NULL,
	"nummer" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"onthuld_at" timestamp with time zone,
	"geopend_door" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"gesloten_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "ronde_stemmen" ADD CONSTRAINT "ronde_stemmen_ronde_id_workshop_rondes_id_fk" FOREIGN KEY ("ronde_id") REFERENCES "public"."workshop_rondes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ronde_stemmen" ADD CONSTRAINT "ronde_stemmen_member_id_scan_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."scan_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_rondes" ADD CONSTRAINT "workshop_rondes_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_rondes" ADD CONSTRAINT "workshop_rondes_geopend_door_users_id_fk" FOREIGN KEY ("geopend_door") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_rondes_een_open_per_scan" ON "workshop_rondes" USING btree ("scan_id") WHERE "workshop_rondes"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_rondes_scan_id_dimensie_id_nummer_index" ON "workshop_rondes" USING btree ("scan_id","dimensie_id","nummer");