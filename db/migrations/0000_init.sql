CREATE TABLE "accounts" (
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"image" text,
	"role" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
CREATE TABLE "gemeenten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"naam" text NOT NULL,
	"provincie" text NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gemeenten_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "scan_begeleiders" (
	"scan_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scan_begeleiders_scan_id_user_id_pk" PRIMARY KEY("scan_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "scan_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scan_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"procesregisseur" boolean DEFAULT false NOT NULL,
	"rol" text,
	"functie" text,
	"ingediend_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"stap" text DEFAULT 'aangemeld' NOT NULL,
	"model_versie" text DEFAULT '2026.1' NOT NULL,
	"contact_naam" text NOT NULL,
	"contact_functie" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_telefoon" text,
	"voorkeur_periode" text,
	"opmerkingen" text,
	"afwijs_reden" text,
	"workshop_at" timestamp with time zone,
	"workshop_duur_minuten" integer,
	"workshop_locatie" text,
	"deadline_at" timestamp with time zone,
	"analysetool_started_at" timestamp with time zone,
	"analysetool_closed_at" timestamp with time zone,
	"workshop_held_at" timestamp with time zone,
	"overleg_at" timestamp with time zone,
	"overleg_duur_minuten" integer,
	"overleg_link" text,
	"afgerond_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_beschikbaarheid" (
	"optie_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"kan" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_beschikbaarheid_optie_id_user_id_pk" PRIMARY KEY("optie_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "workshop_opties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scan_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "antwoorden" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scan_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"vraag_id" text NOT NULL,
	"model_versie" text NOT NULL,
	"niveau" integer,
	"geen_oordeel" text,
	"toelichting" text,
	"tekst" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_resultaten" (
	"scan_id" uuid NOT NULL,
	"dimensie_id" text NOT NULL,
	"niveau" numeric(2, 1),
	"motivering" text,
	"observaties" text,
	"verbeterpunten" text,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshop_resultaten_scan_id_dimensie_id_pk" PRIMARY KEY("scan_id","dimensie_id")
);
--> statement-breakpoint
CREATE TABLE "handelingsperspectieven" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scan_id" uuid NOT NULL,
	"titel" text NOT NULL,
	"omschrijving" text NOT NULL,
	"dimensie_id" text NOT NULL,
	"proposed_by" text NOT NULL,
	"rang" integer,
	"eigenaar" text,
	"termijn" timestamp with time zone,
	"eerste_stap" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hp_stemmen" (
	"scan_id" uuid NOT NULL,
	"hp_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hp_stemmen_hp_id_user_id_pk" PRIMARY KEY("hp_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "rapport_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scan_id" uuid NOT NULL,
	"rapport_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"sectie_id" text NOT NULL,
	"tekst" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"antwoord" text,
	"handled_by" text,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rapport_teksten" (
	"scan_id" uuid NOT NULL,
	"sleutel" text NOT NULL,
	"tekst" text NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rapport_teksten_scan_id_sleutel_pk" PRIMARY KEY("scan_id","sleutel")
);
--> statement-breakpoint
CREATE TABLE "rapporten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scan_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"versie" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"pdf" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_state" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"outcome" text DEFAULT 'ok' NOT NULL,
	"scan_id" uuid,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"kind" text NOT NULL,
	"scan_id" uuid,
	"to_email" text NOT NULL,
	"subject" text NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"provider_id" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_outbox_idempotencyKey_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_begeleiders" ADD CONSTRAINT "scan_begeleiders_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_begeleiders" ADD CONSTRAINT "scan_begeleiders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_members" ADD CONSTRAINT "scan_members_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_members" ADD CONSTRAINT "scan_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scans" ADD CONSTRAINT "scans_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_beschikbaarheid" ADD CONSTRAINT "workshop_beschikbaarheid_optie_id_workshop_opties_id_fk" FOREIGN KEY ("optie_id") REFERENCES "public"."workshop_opties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_beschikbaarheid" ADD CONSTRAINT "workshop_beschikbaarheid_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_opties" ADD CONSTRAINT "workshop_opties_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antwoorden" ADD CONSTRAINT "antwoorden_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "antwoorden" ADD CONSTRAINT "antwoorden_member_id_scan_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."scan_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_resultaten" ADD CONSTRAINT "workshop_resultaten_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_resultaten" ADD CONSTRAINT "workshop_resultaten_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handelingsperspectieven" ADD CONSTRAINT "handelingsperspectieven_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handelingsperspectieven" ADD CONSTRAINT "handelingsperspectieven_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hp_stemmen" ADD CONSTRAINT "hp_stemmen_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hp_stemmen" ADD CONSTRAINT "hp_stemmen_hp_id_handelingsperspectieven_id_fk" FOREIGN KEY ("hp_id") REFERENCES "public"."handelingsperspectieven"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hp_stemmen" ADD CONSTRAINT "hp_stemmen_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapport_feedback" ADD CONSTRAINT "rapport_feedback_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapport_feedback" ADD CONSTRAINT "rapport_feedback_rapport_id_rapporten_id_fk" FOREIGN KEY ("rapport_id") REFERENCES "public"."rapporten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapport_feedback" ADD CONSTRAINT "rapport_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapport_feedback" ADD CONSTRAINT "rapport_feedback_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapport_teksten" ADD CONSTRAINT "rapport_teksten_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapport_teksten" ADD CONSTRAINT "rapport_teksten_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapporten" ADD CONSTRAINT "rapporten_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapporten" ADD CONSTRAINT "rapporten_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scan_begeleiders_user_id_index" ON "scan_begeleiders" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scan_members_scan_id_user_id_index" ON "scan_members" USING btree ("scan_id","user_id");--> statement-breakpoint
CREATE INDEX "scan_members_user_id_index" ON "scan_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "scans_gemeente_id_index" ON "scans" USING btree ("gemeente_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scans_one_active_per_gemeente" ON "scans" USING btree ("gemeente_id") WHERE "scans"."stap" not in ('afgerond', 'afgewezen');--> statement-breakpoint
CREATE UNIQUE INDEX "workshop_opties_scan_id_starts_at_index" ON "workshop_opties" USING btree ("scan_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "antwoorden_member_id_vraag_id_index" ON "antwoorden" USING btree ("member_id","vraag_id");--> statement-breakpoint
CREATE INDEX "antwoorden_scan_id_index" ON "antwoorden" USING btree ("scan_id");--> statement-breakpoint
CREATE INDEX "handelingsperspectieven_scan_id_index" ON "handelingsperspectieven" USING btree ("scan_id");--> statement-breakpoint
CREATE INDEX "hp_stemmen_scan_id_user_id_index" ON "hp_stemmen" USING btree ("scan_id","user_id");--> statement-breakpoint
CREATE INDEX "rapport_feedback_scan_id_index" ON "rapport_feedback" USING btree ("scan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rapporten_scan_id_soort_versie_index" ON "rapporten" USING btree ("scan_id","soort","versie");--> statement-breakpoint
CREATE INDEX "audit_log_scan_id_at_index" ON "audit_log" USING btree ("scan_id","at");--> statement-breakpoint
CREATE INDEX "email_outbox_status_next_attempt_at_index" ON "email_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "email_outbox_scan_id_index" ON "email_outbox" USING btree ("scan_id");