CREATE TABLE "access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"username" text,
	"role" text,
	"ip" text,
	"request_id" text,
	"action" text NOT NULL,
	"purpose" text,
	"person_id" uuid,
	"household_id" uuid,
	"outcome" text NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"person_id" uuid,
	"program_id" text NOT NULL,
	"program_version" text NOT NULL,
	"program_digest" text NOT NULL,
	"reference_date" date NOT NULL,
	"parameter_versions" jsonb NOT NULL,
	"input_digest" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"missing" jsonb NOT NULL,
	"explanation" jsonb NOT NULL,
	"benefit" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "household_residences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"address" text NOT NULL,
	"tenure" text NOT NULL,
	"monthly_rent_krw" bigint,
	"deposit_krw" bigint,
	"effective_from" date NOT NULL,
	"kind" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"address" text NOT NULL,
	"tenure" text NOT NULL,
	"monthly_rent_krw" bigint,
	"deposit_krw" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linked_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"amount_krw" bigint,
	"value" jsonb,
	"source_agency" text NOT NULL,
	"data_type" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"start_reason" text NOT NULL,
	"end_reason" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" text NOT NULL,
	"nationality" text NOT NULL,
	"residency_status" text NOT NULL,
	"death_date" date,
	"rrn_cipher" text,
	"rrn_hash" text,
	"rrn_masked" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_versions" (
	"program_id" text NOT NULL,
	"version" text NOT NULL,
	"digest" text NOT NULL,
	"definition" jsonb NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_versions_program_id_digest_pk" PRIMARY KEY("program_id","digest")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"region_code" text,
	"password_hash" text NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_residences" ADD CONSTRAINT "household_residences_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linked_records" ADD CONSTRAINT "linked_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_log_person_idx" ON "access_log" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "access_log_user_idx" ON "access_log" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "evaluations_hh_idx" ON "evaluations" USING btree ("household_id","created_at");--> statement-breakpoint
CREATE INDEX "household_residences_hh_idx" ON "household_residences" USING btree ("household_id","effective_from");--> statement-breakpoint
CREATE INDEX "households_region_idx" ON "households" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "linked_records_person_idx" ON "linked_records" USING btree ("person_id","category");--> statement-breakpoint
CREATE INDEX "memberships_hh_idx" ON "memberships" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "memberships_person_idx" ON "memberships" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "people_rrn_hash_idx" ON "people" USING btree ("rrn_hash");--> statement-breakpoint
CREATE INDEX "people_name_birth_idx" ON "people" USING btree ("name","birth_date");